package io.worktrackr.common;

import java.util.List;

/** The request is well-formed JSON but some fields are not acceptable. */
public class InvalidInput extends ProblemException {

    public InvalidInput(List<FieldError> errors) {
        super(ProblemType.INVALID_INPUT, describe(errors), errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return errors.size() + " fields are invalid.";
    }
}
