package org.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.trellis.rules.RuleViolation;

/**
 * The pay range of one band of a framework version. There is one per band, not per level, so the
 * IC and the management level of a band — equally senior — share it by construction
 * (Directive (EU) 2023/970: the band is the category of work of equal value).
 */
@Entity
@Table(name = "pay_range")
public class PayRange {

    /** ISO 4217: three capital letters. */
    public static final Pattern CURRENCY_FORMAT = Pattern.compile("[A-Z]{3}");

    @Id
    @SequenceGenerator(name = "pay_range_seq", sequenceName = "pay_range_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_range_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "framework_version_id")
    private FrameworkVersion frameworkVersion;

    @Column(nullable = false)
    private int band;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal minimum;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal midpoint;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal maximum;

    protected PayRange() {
    }

    public PayRange(FrameworkVersion frameworkVersion, int band, String currency, BigDecimal minimum,
            BigDecimal midpoint, BigDecimal maximum) {
        requireSound(band, currency, minimum, midpoint, maximum);
        this.frameworkVersion = Objects.requireNonNull(frameworkVersion);
        this.band = band;
        this.currency = currency;
        this.minimum = money(minimum);
        this.midpoint = money(midpoint);
        this.maximum = money(maximum);
    }

    /** The rules a range keeps on its own; the workbook reports the same ones at their cells. */
    public static void requireSound(int band, String currency, BigDecimal minimum, BigDecimal midpoint,
            BigDecimal maximum) {
        if (band < 1) {
            throw new RuleViolation("A pay range belongs to a band: a whole number of 1 or more");
        }
        if (currency == null || !CURRENCY_FORMAT.matcher(currency).matches()) {
            throw new RuleViolation("A currency is a three-letter ISO 4217 code such as EUR, got '" + currency + "'");
        }
        if (minimum == null || midpoint == null || maximum == null || minimum.signum() <= 0) {
            throw new RuleViolation("Band " + band + ": pay amounts are positive");
        }
        if (minimum.compareTo(midpoint) > 0 || midpoint.compareTo(maximum) > 0) {
            throw new RuleViolation("Band " + band + ": minimum ≤ midpoint ≤ maximum");
        }
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Pay ÷ midpoint, to three decimals: 1.000 is exactly on the midpoint. */
    public BigDecimal compaRatio(BigDecimal pay) {
        return pay.divide(midpoint, 3, RoundingMode.HALF_EVEN);
    }

    public boolean contains(BigDecimal pay) {
        return pay.compareTo(minimum) >= 0 && pay.compareTo(maximum) <= 0;
    }

    public Long getId() {
        return id;
    }

    public FrameworkVersion getFrameworkVersion() {
        return frameworkVersion;
    }

    public int getBand() {
        return band;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public BigDecimal getMidpoint() {
        return midpoint;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }
}
