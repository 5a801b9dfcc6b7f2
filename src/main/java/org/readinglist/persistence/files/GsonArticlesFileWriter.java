package org.readinglist.persistence.files;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.AtomicFileWriter;

/**
 * Writes articles files with Gson's streaming writer, two spaces indented, one article at a time, to a temporary
 * file that then replaces the target. Every field is written; an unknown URL, date or author list as {@code null};
 * an empty company or summary is left out. A read article gets {@code "readAt"}, one marked unread after it was read
 * {@code "unreadAt"}. The ids of removed articles, when there are any, follow the list as {@code "removed"}. Never
 * writes over the files it is told are in use.
 */
public final class GsonArticlesFileWriter implements ArticlesFileWriter {

    private final AtomicFileWriter files;
    private final Supplier<List<Path>> inUse;

    /** @param inUse the files that must never be written over (the library and its journal), asked at each write */
    public GsonArticlesFileWriter(AtomicFileWriter files, Supplier<List<Path>> inUse) {
        this.files = files;
        this.inUse = inUse;
    }

    @Override
    public void write(Path target, List<Article> articles, ReadMarks marks, Collection<String> removed)
            throws ArticlesExportException {
        refuseFilesInUse(target);
        if (Files.isDirectory(target)) {
            throw new ArticlesExportException(target, ArticlesExportException.Reason.IS_FOLDER, "", null);
        }
        try {
            files.write(target, out -> {
                Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(text);
                json.setIndent("  ");
                json.beginObject().name("articles").beginArray();
                for (Article article : articles) {
                    write(json, article, marks);
                }
                json.endArray();
                writeRemoved(json, articles, removed);
                json.endObject();
                json.flush();
                text.write('\n');
                text.flush();
            });
        } catch (IOException e) {
            throw new ArticlesExportException(target, ArticlesExportException.Reason.NOT_WRITTEN,
                    Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
        }
    }

    private void refuseFilesInUse(Path target) throws ArticlesExportException {
        if (FilesInUse.contains(inUse.get(), target)) {
            throw new ArticlesExportException(target, ArticlesExportException.Reason.FILE_IN_USE, "", null);
        }
    }

    /** The removed ids that are not among the articles written; nothing when there are none. */
    private static void writeRemoved(JsonWriter json, List<Article> articles, Collection<String> removed)
            throws IOException {
        if (removed.isEmpty()) {
            return;
        }
        Set<String> written = new HashSet<>();
        articles.forEach(article -> written.add(article.id()));
        List<String> ids = removed.stream().filter(id -> !written.contains(id)).toList();
        if (ids.isEmpty()) {
            return;
        }
        json.name("removed").beginArray();
        for (String id : ids) {
            json.value(id);
        }
        json.endArray();
    }

    private static void write(JsonWriter json, Article article, ReadMarks marks) throws IOException {
        String id = article.id();
        json.beginObject();
        json.name("id").value(id);
        json.name("title").value(article.title());
        if (!article.company().isEmpty()) {
            json.name("company").value(article.company());
        }
        String summary = article.summary();
        if (!summary.isEmpty()) {
            json.name("summary").value(summary);
        }
        json.name("tags").beginArray();
        for (String tag : article.tags()) {
            json.value(tag);
        }
        json.endArray();
        json.name("readMinutes").value(article.readMinutes());
        json.name("url").value(article.url());
        json.name("published").value(article.published() == null ? null : article.published().toString());
        json.name("authors");
        if (article.authors() == null) {
            json.nullValue();
        } else {
            json.beginArray();
            for (String author : article.authors()) {
                json.value(author);
            }
            json.endArray();
        }
        Instant readAt = marks.read().get(id);
        if (readAt != null) {
            json.name("readAt").value(readAt.toString());
        }
        Instant unreadAt = marks.unread().get(id);
        if (unreadAt != null) {
            json.name("unreadAt").value(unreadAt.toString());
        }
        json.endObject();
    }
}
