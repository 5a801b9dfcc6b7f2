package org.readinglist.persistence.files;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of an "articles" list as the file gives it, read straight from the token stream: for each field the
 * article schema knows, a text, a list of texts, a number's text, or a mark that the value is of the wrong kind.
 * Fields the schema does not know are skipped; a name given twice counts once, with its last value, as in a JSON
 * object. Nothing is checked beyond the kind of each value: {@link ArticleConverter} does that, so the problems it
 * reports can name the article by its title wherever the title stands in the object.
 */
final class ArticleFields {

    enum Field {
        TITLE("title"), URL("url"), ID("id"), COMPANY("company"), SUMMARY("summary"), TAGS("tags"),
        READ_MINUTES("readMinutes"), PUBLISHED("published"), AUTHORS("authors"), READ_AT("readAt"),
        UNREAD_AT("unreadAt");

        /** The field's name in the file. */
        final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        static Field named(String name) {
            return switch (name) {
                case "title" -> TITLE;
                case "url" -> URL;
                case "id" -> ID;
                case "company" -> COMPANY;
                case "summary" -> SUMMARY;
                case "tags" -> TAGS;
                case "readMinutes" -> READ_MINUTES;
                case "published" -> PUBLISHED;
                case "authors" -> AUTHORS;
                case "readAt" -> READ_AT;
                case "unreadAt" -> UNREAD_AT;
                default -> null;
            };
        }
    }

    /** A value of a kind its field cannot take. */
    static final Object WRONG_KIND = new Object();

    /** The text of a JSON number, as written. */
    record NumberText(String text) {
    }

    /** A value of the list that is not an object. */
    static final ArticleFields NOT_AN_OBJECT = new ArticleFields();

    private final Object[] values = new Object[Field.values().length];

    private ArticleFields() {
    }

    /**
     * Reads the next value of the list. JSON that is not well-formed, or nested deeper than the reader allows,
     * fails here, in the reader's words; a value of the wrong kind is only marked.
     */
    static ArticleFields read(JsonReader json) throws IOException {
        if (json.peek() != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            return NOT_AN_OBJECT;
        }
        ArticleFields fields = new ArticleFields();
        json.beginObject();
        while (json.hasNext()) {
            Field field = Field.named(json.nextName());
            if (field == null) {
                json.skipValue();
            } else {
                fields.values[field.ordinal()] = switch (field) {
                    case TAGS, AUTHORS -> texts(json);
                    case READ_MINUTES -> number(json);
                    default -> text(json);
                };
            }
        }
        json.endObject();
        return fields;
    }

    /** The field's value: null if absent or JSON null, else a String, a List of String, a NumberText or WRONG_KIND. */
    Object get(Field field) {
        return values[field.ordinal()];
    }

    private static Object text(JsonReader json) throws IOException {
        return switch (json.peek()) {
            case STRING -> json.nextString();
            case NULL -> nextNull(json);
            default -> skip(json);
        };
    }

    private static Object number(JsonReader json) throws IOException {
        return switch (json.peek()) {
            case NUMBER -> new NumberText(json.nextString());
            case NULL -> nextNull(json);
            default -> skip(json);
        };
    }

    private static Object texts(JsonReader json) throws IOException {
        switch (json.peek()) {
            case BEGIN_ARRAY -> {
                List<String> texts = new ArrayList<>();
                boolean allText = true;
                json.beginArray();
                while (json.hasNext()) {
                    if (allText && json.peek() == JsonToken.STRING) {
                        texts.add(json.nextString());
                    } else {
                        allText = false;
                        json.skipValue(); // the rest is still read, so the JSON around it is checked
                    }
                }
                json.endArray();
                return allText ? texts : WRONG_KIND;
            }
            case NULL -> {
                return nextNull(json);
            }
            default -> {
                return skip(json);
            }
        }
    }

    private static Object nextNull(JsonReader json) throws IOException {
        json.nextNull();
        return null;
    }

    private static Object skip(JsonReader json) throws IOException {
        json.skipValue();
        return WRONG_KIND;
    }
}
