package org.readinglist.model;

/** The colour scheme the user picked: follow the operating system, or always light or dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK
}
