package org.readinglist.ui.util;

import java.net.URI;

/** Opens a web address in the system browser. */
@FunctionalInterface
public interface LinkOpener {

    void open(URI address);
}
