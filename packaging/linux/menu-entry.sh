# Adds or removes the menu entry and icon of Reading List. Sourced by the package scripts; never fails the
# install or removal (minimal systems lack the desktop tools, and that must not break dpkg or rpm).
APP_LIB=/opt/reading-list/lib
menu_entry_install() {
    mkdir -p /usr/share/applications /usr/share/icons/hicolor/256x256/apps || return 0
    cp "$APP_LIB/reading-list.desktop" /usr/share/applications/reading-list.desktop || true
    cp "$APP_LIB/reading-list.png" /usr/share/icons/hicolor/256x256/apps/reading-list.png || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
    return 0
}
menu_entry_remove() {
    rm -f /usr/share/applications/reading-list.desktop /usr/share/icons/hicolor/256x256/apps/reading-list.png
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    return 0
}
