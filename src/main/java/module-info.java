module org.readinglist {
    requires javafx.controls;
    requires jdk.management;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    requires org.jsoup;
    requires com.rometools.rome;
    requires com.rometools.rome.opml;
    requires org.jdom2;
    // Rome logs through SLF4J; while Rome is an automatic module (on the module path, not in the installed runtime)
    // nothing else puts SLF4J into the module graph. Its provider (org.slf4j.jul) is bound as a service.
    requires org.slf4j;
    requires java.net.http;

    opens org.readinglist.ui.main to javafx.fxml;
    opens org.readinglist.ui.articles to javafx.fxml;
    opens org.readinglist.ui.detail to javafx.fxml;
    opens org.readinglist.ui.tags to javafx.fxml;
    opens org.readinglist.ui.backup to javafx.fxml;
    opens org.readinglist.ui.help to javafx.fxml;
    opens org.readinglist.ui.edit to javafx.fxml;
    opens org.readinglist.ui.transfer to javafx.fxml;
    opens org.readinglist.ui.feeds to javafx.fxml;

    exports org.readinglist.app to javafx.graphics;
}
