package dev.tradeguard.platform.persistence;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every {@code BigDecimal} attribute of every entity reads back without the column's padding: {@code numeric(18,6)}
 * stores 50 as 50.000000, and events, reports and API answers must say 50 (and 92.5, not 92.500000). Applied
 * automatically, so an entity cannot forget it; writing is unchanged.
 */
@Converter(autoApply = true)
public class PlainDecimalConverter implements AttributeConverter<BigDecimal, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(BigDecimal attribute) {
        return attribute;
    }

    @Override
    public BigDecimal convertToEntityAttribute(BigDecimal column) {
        return plain(column);
    }

    /** The same rule for the few native-SQL reads that bypass entities. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
