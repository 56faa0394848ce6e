package org.romaexplorer.model;

/** A parameter outside its allowed range; names the parameter so that a message can point at it. */
public class InvalidParameterException extends IllegalArgumentException {
    private final String field;

    public InvalidParameterException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
