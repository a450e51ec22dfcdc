package org.gongkai.annualreport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gongkai.annualreport.Comparison;
import org.gongkai.platform.China;
import org.gongkai.platform.web.BarChart;
import org.springframework.context.MessageSource;

/** A report's key figures year on year, one small chart per figure, for the console's report page. */
final class YearOnYearChart {

    private YearOnYearChart() {}

    /** The years compared: the report's and the three before it. */
    static final int YEARS = 4;

    /** One small chart per key figure, the last {@link #YEARS} years each; none with fewer than two years. */
    static List<BarChart> of(String unitName, List<Comparison.Point> points, MessageSource messages) {
        List<Comparison.Point> years = points.subList(Math.max(0, points.size() - YEARS), points.size());
        if (years.size() < 2) {
            return List.of();
        }
        return List.of(
                chart("received", unitName, years, Comparison.Point::received, messages),
                chart("replied", unitName, years, Comparison.Point::replied, messages),
                chart("granted", unitName, years, Comparison.Point::granted, messages),
                chart("reviews", unitName, years, Comparison.Point::reviews, messages));
    }

    private static BarChart chart(
            String figure,
            String unitName,
            List<Comparison.Point> years,
            ToLongFunction<Comparison.Point> value,
            MessageSource messages) {
        String name = say(messages, "annualreport.compare." + figure);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Comparison.Point p : years) {
            bars.add(new BarChart.Bar(p.label(), value.applyAsLong(p)));
        }
        return new BarChart(
                "year-on-year-" + figure,
                messages.getMessage("annualreport.year-on-year.chart", new Object[] {unitName, name}, China.LOCALE),
                say(messages, "annualreport.field.year"),
                name,
                bars);
    }

    private static String say(MessageSource messages, String code) {
        return messages.getMessage(code, null, code, China.LOCALE);
    }
}
