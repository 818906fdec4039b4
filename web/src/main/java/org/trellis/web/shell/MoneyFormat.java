package org.trellis.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as pages show them: "EUR 85,000.00" (the currency's code, grouped digits, two decimals). */
@Named("money")
@ApplicationScoped
public class MoneyFormat {

    public String format(BigDecimal amount, String currency) {
        return of(amount, currency);
    }

    public static String of(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }
}
