package dev.essays.csl.locale;

/** One localized term in one form; gender data serves ordinal agreement. */
public record Term(String name, String form, String single, String multiple, String gender, String genderForm,
                   String match) {

    public String value(boolean plural) {
        if (plural && multiple != null) {
            return multiple;
        }
        return single != null ? single : multiple;
    }
}
