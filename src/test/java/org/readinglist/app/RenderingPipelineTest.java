package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingPipelineTest {

    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutAGraphicsDeviceGetsTheSoftwareRenderer() throws IOException {
        Files.createFile(dev.resolve("null"));
        assertThat(RenderingPipeline.orderFor("Linux", null, dev)).contains("sw");
    }

    @Test
    void anEmptyDriFolderIsNoDevice() throws IOException {
        Files.createDirectory(dev.resolve("dri"));
        assertThat(RenderingPipeline.orderFor("Linux", null, dev)).contains("sw");
    }

    @Test
    void aKernelGraphicsDeviceKeepsJavaFxsChoice() throws IOException {
        Files.createFile(Files.createDirectory(dev.resolve("dri")).resolve("renderD128"));
        assertThat(RenderingPipeline.orderFor("Linux", null, dev)).isEmpty();
    }

    @Test
    void anNvidiaDeviceKeepsJavaFxsChoice() throws IOException {
        Files.createFile(dev.resolve("nvidia0"));
        assertThat(RenderingPipeline.orderFor("Linux", null, dev)).isEmpty();
    }

    @Test
    void anOrderGivenOnTheCommandLineIsKept() {
        assertThat(RenderingPipeline.orderFor("Linux", "es2", dev)).isEmpty();
    }

    @Test
    void otherSystemsKeepJavaFxsChoice() {
        assertThat(RenderingPipeline.orderFor("Windows 11", null, dev)).isEmpty();
        assertThat(RenderingPipeline.orderFor("Mac OS X", null, dev)).isEmpty();
    }

    @Test
    void aDevFolderThatCannotBeReadKeepsJavaFxsChoice() {
        assertThat(RenderingPipeline.orderFor("Linux", null, dev.resolve("missing"))).isEmpty();
    }
}
