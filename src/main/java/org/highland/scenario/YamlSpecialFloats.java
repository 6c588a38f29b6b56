package org.highland.scenario;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads YAML's own spellings of the non-finite numbers ({@code .nan}, {@code .inf}, {@code -.inf},
 * and their capitalised forms) as the doubles they name. Jackson's YAML parser tags them as
 * numbers but cannot convert them, and fails with "Malformed numeric value" as if the file were
 * malformed; read as NaN and infinity, they reach the validator, which names the field, its range
 * and the line, as for any other number out of range.
 */
final class YamlSpecialFloats extends JsonParserDelegate {
    // YAML 1.1 and 1.2 core schema: [-+]?.(inf|Inf|INF) and .(nan|NaN|NAN).
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    YamlSpecialFloats(JsonParser parser) {
        super(parser);
    }

    /** The value of the current token when it is one of the spellings, else null. */
    private Double special() throws IOException {
        if (currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        String text = getText();
        if (NAN.matcher(text).matches()) {
            return Double.NaN;
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    @Override
    public boolean isNaN() throws IOException {
        return special() != null || super.isNaN();
    }

    @Override
    public NumberType getNumberType() throws IOException {
        return special() != null ? NumberType.DOUBLE : super.getNumberType();
    }

    @Override
    public NumberTypeFP getNumberTypeFP() throws IOException {
        return special() != null ? NumberTypeFP.DOUBLE64 : super.getNumberTypeFP();
    }

    @Override
    public Number getNumberValue() throws IOException {
        Double special = special();
        return special != null ? special : super.getNumberValue();
    }

    @Override
    public Number getNumberValueExact() throws IOException {
        Double special = special();
        return special != null ? special : super.getNumberValueExact();
    }

    @Override
    public Object getNumberValueDeferred() throws IOException {
        Double special = special();
        return special != null ? special : super.getNumberValueDeferred();
    }

    @Override
    public double getDoubleValue() throws IOException {
        Double special = special();
        return special != null ? special : super.getDoubleValue();
    }

    @Override
    public float getFloatValue() throws IOException {
        Double special = special();
        return special != null ? special.floatValue() : super.getFloatValue();
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        if (special() != null) {
            // No BigDecimal holds NaN or infinity; trees read doubles, so only a caller asking for decimals meets this.
            throw new JsonParseException(this, "'" + getText() + "' is not a finite number");
        }
        return super.getDecimalValue();
    }
}
