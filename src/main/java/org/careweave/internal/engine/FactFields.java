package org.careweave.internal.engine;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of the fact types a rule file's patterns name, as far as the lint needs them: a field's Java type, and
 * whether it can be null. A pattern's type is found through the imports of the file's package (Drools shares them
 * among the package's files: {@code org.careweave.model.*}, a class imported by name) and {@code java.lang}; only Java records are read, so a type the rules declare, or one
 * not found, has no known fields (the checks then say nothing). A field can be null when its type is not primitive,
 * unless it is the column of a table that {@code tables/column-types.csv} makes {@code required} (a table's empty
 * cell is null, TableLoader; a required one is an error before any plan).
 */
final class FactFields {

    private final List<String> imports;
    /** {@code Type.field} for each required column of a table, by the table's record type. */
    private final Set<String> required;
    private final Map<String, Optional<Class<?>>> types = new HashMap<>();

    /**
     * @param imports  the targets of the imports of the rule file's package, as written
     *                 ({@code org.careweave.model.*}, {@code java.util.List}); read at the first lookup
     * @param required the required columns, as {@code RecordSimpleName.field} ({@link #requiredColumns})
     */
    FactFields(List<String> imports, Set<String> required) {
        this.imports = imports;
        this.required = required;
    }

    /**
     * The required columns of {@code columnTypes}, the text of {@code tables/column-types.csv} (null: none), as
     * {@code RecordSimpleName.field} for the tables {@link TableTypes} knows.
     */
    static Set<String> requiredColumns(String columnTypes) {
        Set<String> out = new HashSet<>();
        if (columnTypes == null) {
            return out;
        }
        for (TableLinter.Row row : TableLinter.rows(columnTypes)) {
            Class<? extends Record> type = TableTypes.forName(row.cells().getOrDefault("table", "").strip());
            if (type != null && ColumnTypes.requires(row.cells().get("values"))) {
                out.add(type.getSimpleName() + "." + row.cells().getOrDefault("column", "").strip());
            }
        }
        return out;
    }

    /** The class a pattern names ({@code Condition}, {@code Finding.Status}), or null when it is not found. */
    Class<?> type(String name) {
        if (name == null) {
            return null;
        }
        return types.computeIfAbsent(name, this::resolve).orElse(null);
    }

    /** The type of {@code field} of record {@code type}, or null when {@code type} is no record or has no such field. */
    static Class<?> fieldType(Class<?> type, String field) {
        RecordComponent c = component(type, field);
        return c == null ? null : c.getType();
    }

    /** Whether {@code field} of record {@code type} can be null; false when it is not known to be a field. */
    boolean nullable(Class<?> type, String field) {
        RecordComponent c = component(type, field);
        return c != null && !c.getType().isPrimitive() && !required.contains(type.getSimpleName() + "." + field);
    }

    private static RecordComponent component(Class<?> type, String field) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return c;
            }
        }
        return null;
    }

    private Optional<Class<?>> resolve(String name) {
        String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String inner = name.contains(".") ? name.substring(name.indexOf('.')).replace('.', '$') : "";
        for (String target : imports) {
            String candidate = target.endsWith(".*") ? target.substring(0, target.length() - 1) + outer
                    : target.endsWith("." + outer) ? target : null;
            Class<?> c = candidate == null ? null : load(candidate + inner);
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.ofNullable(load("java.lang." + outer + inner));
    }

    private static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, FactFields.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
