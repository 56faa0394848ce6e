package org.romaexplorer.model;

/**
 * A parameter outside its allowed range; names the parameter so that a message can point at it. The field
 * and the problem are made one-line safe ({@link OneLine}) here, so no message built from user input can
 * span lines; an empty or blank field name is shown quoted ({@code ""}) so that it still names itself.
 */
public class InvalidParameterException extends IllegalArgumentException {
    private static final int MAX_FIELD = 120;

    private final String field;
    private final String problem;

    public InvalidParameterException(String field, String problem) {
        super(OneLine.of(shownField(field) + ": " + OneLine.of(problem)));
        this.field = shownField(field);
        this.problem = OneLine.of(problem);
    }

    /** The field as the user wrote it (escaped), e.g. {@code hardware.rom_gib} or {@code --vary sram_mb}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String problem() {
        return problem;
    }

    private static String shownField(String field) {
        String f = field == null ? "" : field;
        return f.isBlank() ? "\"" + OneLine.of(f, MAX_FIELD) + "\"" : OneLine.of(f, MAX_FIELD);
    }
}
