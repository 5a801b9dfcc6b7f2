package org.readinglist.persistence.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.readinglist.feeds.FeedParseException;
import org.readinglist.feeds.FeedSubscription;
import org.readinglist.feeds.OpmlDocuments;
import org.readinglist.persistence.AtomicFileWriter;

/**
 * Subscription lists on disk: an OPML file a user imports (read no further than {@link #MAX_BYTES}, and as
 * {@link OpmlDocuments} reads it, safely) and the one the app exports, written atomically (a crash leaves the old file
 * or the new one), never over the files the app works on. Blocks: call it off the UI thread.
 */
public final class OpmlFiles {

    /** Far larger than a list of thousands of feeds; anything larger is no subscription list. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final AtomicFileWriter files;
    private final Supplier<List<Path>> inUse;

    /** @param inUse the files that must never be written over (the library and its journal), asked at each write */
    public OpmlFiles(AtomicFileWriter files, Supplier<List<Path>> inUse) {
        this.files = Objects.requireNonNull(files, "files");
        this.inUse = Objects.requireNonNull(inUse, "inUse");
    }

    /** The subscriptions the file lists, in its order, each feed once. */
    public List<FeedSubscription> read(Path file) throws OpmlFileException {
        byte[] body;
        try (InputStream in = Files.newInputStream(file)) {
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new OpmlFileException(file, OpmlFileException.Reason.NOT_READ,
                    Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
        }
        if (body.length > MAX_BYTES) {
            throw new OpmlFileException(file, OpmlFileException.Reason.TOO_LARGE, "", null);
        }
        try {
            return OpmlDocuments.read(body);
        } catch (FeedParseException e) {
            OpmlFileException.Reason reason = switch (e.kind()) {
                case NOT_A_FEED -> OpmlFileException.Reason.NOT_OPML;
                case MALFORMED -> OpmlFileException.Reason.MALFORMED;
                case REFUSED -> OpmlFileException.Reason.REFUSED;
            };
            throw new OpmlFileException(file, reason, Objects.toString(e.getMessage(), ""), e);
        }
    }

    /**
     * Writes the subscriptions as an OPML 2.0 file that {@link #read} gives back unchanged.
     *
     * @param title the list's own title, for the file's head
     */
    public void write(Path target, String title, List<FeedSubscription> subscriptions) throws OpmlFileException {
        if (FilesInUse.contains(inUse.get(), target)) {
            throw new OpmlFileException(target, OpmlFileException.Reason.FILE_IN_USE, "", null);
        }
        if (Files.isDirectory(target)) {
            throw new OpmlFileException(target, OpmlFileException.Reason.IS_FOLDER, "", null);
        }
        try {
            files.write(target, out -> OpmlDocuments.write(title, subscriptions, out));
        } catch (IOException e) {
            throw new OpmlFileException(target, OpmlFileException.Reason.NOT_WRITTEN,
                    Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
        }
    }
}
