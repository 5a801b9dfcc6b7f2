package org.readinglist.persistence.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readinglist.model.Article;

/** The articles with their tags, read and written over one connection. Callers hold the database's lock. */
final class ArticleTable {

    private final Connection connection;
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Statements statements;

    ArticleTable(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
    }

    /** One stored article, and what the library knows about it besides its fields. */
    record Stored(long seq, Article article, Origin origin, boolean edited) {
    }

    /** Every article, oldest first. Texts that repeat (companies, tags, dates) are shared. */
    List<Stored> readAll() throws SQLException {
        Map<Long, String> tagNames = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name FROM tag")) {
            while (rows.next()) {
                tagNames.put(rows.getLong(1), rows.getString(2));
            }
        }
        int count;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM article")) {
            count = rows.next() ? rows.getInt(1) : 0;
        }
        // the tag links, in article order: walked beside the articles
        long[] linkArticle = new long[Math.max(16, count * 2)];
        String[] linkTag = new String[linkArticle.length];
        int links = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT article, tag FROM article_tag ORDER BY article, position")) {
            while (rows.next()) {
                if (links == linkArticle.length) {
                    linkArticle = Arrays.copyOf(linkArticle, links * 2);
                    linkTag = Arrays.copyOf(linkTag, links * 2);
                }
                linkArticle[links] = rows.getLong(1);
                linkTag[links] = tagNames.get(rows.getLong(2));
                links++;
            }
        }
        Map<String, String> shared = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, List<String>> authorLists = new HashMap<>();
        Map<List<String>, List<String>> tagLists = new HashMap<>();
        List<Stored> articles = new ArrayList<>(count);
        int link = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT seq, id, title, company, summary, url, published, "
                     + "authors, read_minutes, origin, edited FROM article ORDER BY seq")) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                while (link < links && linkArticle[link] < seq) {
                    link++; // a link to no article: cannot happen with foreign keys on, but never trusted
                }
                int first = link;
                while (link < links && linkArticle[link] == seq) {
                    link++;
                }
                List<String> tags = first == link ? List.of()
                        : tagLists.computeIfAbsent(List.of(Arrays.copyOfRange(linkTag, first, link)), t -> t);
                String company = shared.computeIfAbsent(rows.getString(4), c -> c);
                String published = rows.getString(7);
                String authors = rows.getString(8);
                Article article = new Article(rows.getString(2), rows.getString(3), company, rows.getString(5),
                        tags, Math.max(0, rows.getInt(9)), rows.getString(6),
                        published == null ? null : dates.computeIfAbsent(published, LocalDate::parse),
                        authors == null ? null : authorLists.computeIfAbsent(authors, ArticleTable::authorList));
                articles.add(new Stored(seq, article, origin(rows.getString(10)), rows.getInt(11) != 0));
            }
        }
        return articles;
    }

    /** The article with this id, or null. */
    Stored byId(String id) throws SQLException {
        return findOne("id = ?", id);
    }

    /** The first stored article (oldest) whose normalized URL is this one, or null. */
    Stored byUrlKey(String urlKey) throws SQLException {
        return findOne("url_key = ?", urlKey);
    }

    private Stored findOne(String where, String value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, id, title, company, summary, url, "
                + "published, authors, read_minutes, origin, edited FROM article WHERE " + where
                + " ORDER BY seq LIMIT 1")) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long seq = rows.getLong(1);
                List<String> tags = new ArrayList<>();
                try (PreparedStatement links = connection.prepareStatement("SELECT tag.name FROM article_tag "
                        + "JOIN tag ON tag.id = article_tag.tag WHERE article_tag.article = ? ORDER BY position")) {
                    links.setLong(1, seq);
                    try (ResultSet names = links.executeQuery()) {
                        while (names.next()) {
                            tags.add(names.getString(1));
                        }
                    }
                }
                String published = rows.getString(7);
                String authors = rows.getString(8);
                Article article = new Article(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), tags, Math.max(0, rows.getInt(9)), rows.getString(6),
                        published == null ? null : LocalDate.parse(published),
                        authors == null ? null : authorList(authors));
                return new Stored(seq, article, origin(rows.getString(10)), rows.getInt(11) != 0);
            }
        }
    }

    /** Deletes articles by id without keeping tombstones: a later import or feed may bring them again. */
    void delete(List<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Whether an article with this id or normalized URL was removed (and not brought back). */
    boolean isRemoved(String id, String urlKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM removed_article WHERE id = ? UNION ALL "
                        + "SELECT 1 FROM removed_article WHERE url_key = ? LIMIT 1")) {
            select.setString(1, id);
            select.setString(2, urlKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The article as {@link #readAll} gives it back once it is stored: authors are kept one a line. */
    static Article asStored(Article article) {
        List<String> authors = article.authors();
        if (authors == null) {
            return article;
        }
        List<String> stored = authorList(String.join("\n", authors));
        return stored.equals(authors) ? article : new Article(article.id(), article.title(), article.company(),
                article.summary(), article.tags(), article.readMinutes(), article.url(), article.published(), stored);
    }

    private static List<String> authorList(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n", -1));
    }

    private static Origin origin(String code) {
        for (Origin origin : Origin.values()) {
            if (origin.code().equals(code)) {
                return origin;
            }
        }
        return Origin.IMPORTED;
    }

    /** Adds an article; returns its sequence number. */
    long insert(Article article, String urlKey, Origin origin, Instant addedAt, boolean edited) throws SQLException {
        PreparedStatement insert = statements.insertArticle();
        insert.setString(1, article.id());
        bindFields(insert, 2, article, urlKey);
        insert.setString(10, origin.code());
        insert.setLong(11, Nanos.of(addedAt));
        insert.setInt(12, edited ? 1 : 0);
        long seq;
        try (ResultSet keys = insert.executeQuery()) {
            keys.next();
            seq = keys.getLong(1);
        }
        writeTags(seq, article.tags());
        return seq;
    }

    /** Replaces the fields of the article with this sequence number (its id stays). */
    void update(long seq, Article article, String urlKey, boolean edited) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET title = ?, company = ?, "
                + "summary = ?, url = ?, url_key = ?, published = ?, authors = ?, read_minutes = ?, "
                + "edited = max(edited, ?) WHERE seq = ?")) {
            bindFields(update, 1, article, urlKey);
            update.setInt(9, edited ? 1 : 0);
            update.setLong(10, seq);
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article_tag WHERE article = ?")) {
            delete.setLong(1, seq);
            delete.executeUpdate();
        }
        writeTags(seq, article.tags());
    }

    static void bindFields(PreparedStatement statement, int first, Article article, String urlKey)
            throws SQLException {
        statement.setString(first, article.title());
        statement.setString(first + 1, article.company());
        statement.setString(first + 2, article.summary());
        statement.setString(first + 3, article.url());
        statement.setString(first + 4, urlKey);
        statement.setString(first + 5, article.published() == null ? null : article.published().toString());
        statement.setString(first + 6, article.authors() == null ? null : String.join("\n", article.authors()));
        statement.setInt(first + 7, article.readMinutes());
    }

    private void writeTags(long seq, List<String> tags) throws SQLException {
        PreparedStatement link = statements.insertLink();
        for (int position = 0; position < tags.size(); position++) {
            link.setLong(1, seq);
            link.setInt(2, position);
            link.setLong(3, tagId(tags.get(position)));
            link.addBatch();
        }
        link.executeBatch();
    }

    long tagId(String name) throws SQLException {
        if (tagIds.isEmpty()) {
            // every known tag in one query: an import then looks up only the tags that are new
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, name FROM tag")) {
                while (rows.next()) {
                    tagIds.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        Long known = tagIds.get(name);
        if (known != null) {
            return known;
        }
        PreparedStatement insert = statements.insertTag();
        insert.setString(1, name);
        insert.executeUpdate();
        PreparedStatement select = statements.selectTag();
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            long id = rows.getLong(1);
            tagIds.put(name, id);
            return id;
        }
    }

    /** Adds the article, or replaces the one with its id. */
    void insertOrReplace(Article article, String urlKey, Origin origin, Instant addedAt, boolean edited)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ?")) {
            delete.setString(1, article.id());
            delete.executeUpdate();
        }
        insert(article, urlKey, origin, addedAt, edited);
    }

    /** Replaces the fields of the article with the same id and marks it edited; false when there is none. */
    boolean updateById(Article article, String urlKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
            select.setString(1, article.id());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                update(rows.getLong(1), article, urlKey, true);
                return true;
            }
        }
    }

    void putAlias(String oldName, String newName) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO tag_alias (old_name, new_name) "
                + "VALUES (?, ?) ON CONFLICT (old_name) DO UPDATE SET new_name = excluded.new_name");
             PreparedStatement follow = connection.prepareStatement(
                     "UPDATE tag_alias SET new_name = ? WHERE new_name = ?")) {
            // an alias of the old name now leads to the new one too
            follow.setString(1, newName);
            follow.setString(2, oldName);
            follow.executeUpdate();
            upsert.setString(1, oldName);
            upsert.setString(2, newName);
            upsert.executeUpdate();
        }
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM tag_alias WHERE old_name = new_name")) {
            drop.executeUpdate();
        }
    }

    void removeAlias(String oldName) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tag_alias WHERE old_name = ?")) {
            delete.setString(1, oldName);
            delete.executeUpdate();
        }
    }

    Map<String, String> aliases() throws SQLException {
        Map<String, String> aliases = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT old_name, new_name FROM tag_alias")) {
            while (rows.next()) {
                aliases.put(rows.getString(1), rows.getString(2));
            }
        }
        return aliases;
    }

    /** Forgets the tag ids known so far: after a rollback, or another connection's change. */
    void forgetTagIds() {
        tagIds.clear();
    }

    /** Removes articles by id and keeps a tombstone for each, so no update or import brings them back. */
    int remove(List<String> ids, Map<String, String> urlKeys, Instant at) throws SQLException {
        int removed = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ?");
             PreparedStatement tombstone = connection.prepareStatement(
                     "INSERT OR REPLACE INTO removed_article (id, url_key, removed_at) VALUES (?, ?, ?)")) {
            for (String id : ids) {
                delete.setString(1, id);
                removed += delete.executeUpdate();
                tombstone.setString(1, id);
                tombstone.setString(2, urlKeys.get(id));
                tombstone.setLong(3, Nanos.of(at));
                tombstone.executeUpdate();
            }
        }
        return removed;
    }

    /** Takes the tombstones of these ids away (an undone removal). */
    void forgetRemoved(List<String> ids) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM removed_article WHERE id = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** The ids of removed articles, oldest removal first. */
    List<String> removedIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM removed_article ORDER BY removed_at, id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The ids and normalized URLs of removed articles. */
    Tombstones tombstones() throws SQLException {
        Tombstones tombstones = new Tombstones(new java.util.HashSet<>(), new java.util.HashSet<>());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, url_key FROM removed_article")) {
            while (rows.next()) {
                tombstones.ids().add(rows.getString(1));
                if (rows.getString(2) != null) {
                    tombstones.urlKeys().add(rows.getString(2));
                }
            }
        }
        return tombstones;
    }

    record Tombstones(java.util.Set<String> ids, java.util.Set<String> urlKeys) {
        boolean covers(String id, String urlKey) {
            return ids.contains(id) || urlKey != null && urlKeys.contains(urlKey);
        }
    }

    /**
     * The statements an import runs once per article, prepared on first use and kept for the connection's life:
     * preparing them again for every row took most of an import's time.
     */
    private static final class Statements {
        private final Connection connection;
        private PreparedStatement insertArticle;
        private PreparedStatement insertLink;
        private PreparedStatement insertTag;
        private PreparedStatement selectTag;

        Statements(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement insertArticle() throws SQLException {
            if (insertArticle == null) {
                insertArticle = connection.prepareStatement("INSERT INTO article (id, title, company, summary, url, "
                        + "url_key, published, authors, read_minutes, origin, added_at, edited) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
            }
            return insertArticle;
        }

        PreparedStatement insertLink() throws SQLException {
            if (insertLink == null) {
                insertLink = connection.prepareStatement(
                        "INSERT OR IGNORE INTO article_tag (article, position, tag) VALUES (?, ?, ?)");
            }
            return insertLink;
        }

        PreparedStatement insertTag() throws SQLException {
            if (insertTag == null) {
                insertTag = connection.prepareStatement(
                        "INSERT INTO tag (name) VALUES (?) ON CONFLICT(name) DO NOTHING");
            }
            return insertTag;
        }

        PreparedStatement selectTag() throws SQLException {
            if (selectTag == null) {
                selectTag = connection.prepareStatement("SELECT id FROM tag WHERE name = ?");
            }
            return selectTag;
        }
    }
}
