package org.kordon.lists;

/**
 * Something a load skipped or found odd but survived: a record rejected in lenient mode, an alias whose
 * entity is missing.
 *
 * @param file     the file name
 * @param location line number or element path, or null
 * @param field    the field at fault, or null
 * @param message  what happened
 */
public record LoadProblem(String file, String location, String field, String message) {
    static LoadProblem of(ListFormatException e) {
        return new LoadProblem(e.file(), e.location(), e.field(), e.detail());
    }

    @Override
    public String toString() {
        return new ListFormatException(file, location, field, message).getMessage();
    }
}
