package cn.ipfin.valuation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.pdf.EmbeddedCjkFont;

/**
 * Writes a signed valuation report as a Chinese PDF with the embedded WenQuanYi Micro Hei font: every parameter
 * with its source, the value range as a histogram, the validity date, the report number and the content hash.
 */
@Component
class ValuationReportPdf {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ValuationReportPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ReportContent report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text("valuation.report.title"));
        document.open();
        new Sections(document, writer, report).writeAll();
        document.close();
        return out.toByteArray();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }

    /** The report body, one method per section. */
    private final class Sections {

        private final Document document;
        private final PdfWriter writer;
        private final ReportContent report;
        private final Font title = new Font(EmbeddedCjkFont.get(), 18, Font.BOLD);
        private final Font heading = new Font(EmbeddedCjkFont.get(), 12, Font.BOLD);
        private final Font body = new Font(EmbeddedCjkFont.get(), 9);

        Sections(Document document, PdfWriter writer, ReportContent report) {
            this.document = document;
            this.writer = writer;
            this.report = report;
        }

        void writeAll() {
            Paragraph head = new Paragraph(text("valuation.report.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            header();
            conclusion();
            patentIndices();
            income();
            cost();
            market();
            range();
            section("valuation.report.verification");
            line(text("valuation.report.hash", report.contentHash()));
            line(text("valuation.report.verifyAt", report.number()));
        }

        private void header() {
            table(2, List.of(
                    text("valuation.report.number"), report.number(),
                    text("valuation.report.requester"), report.requesterName(),
                    text("valuation.report.evaluator"), report.evaluatorName(),
                    text("valuation.report.purpose"), report.purpose(),
                    text("valuation.report.valuationDate"), String.valueOf(report.valuation().valuationDate()),
                    text("valuation.report.issuedOn"), String.valueOf(report.issuedOn()),
                    text("valuation.report.validUntil"), String.valueOf(report.validUntil()),
                    text("valuation.report.preparer"), report.preparer(),
                    text("valuation.report.reviewer"), report.reviewer()));
        }

        private void conclusion() {
            DraftValuation valuation = report.valuation();
            section("valuation.report.conclusion");
            line(text("valuation.report.reconciledValue", yuan(valuation.reconciledValue())));
            line(text("valuation.report.pledgeValue", yuan(valuation.range().p10())));
            StringBuilder weights = new StringBuilder();
            report.input().weights().forEach((approach, weight) -> weights.append(text(approach.messageKey()))
                    .append(' ').append(percent(weight)).append("  "));
            line(text("valuation.report.weights", weights.toString().strip()));
        }

        private void patentIndices() {
            section("valuation.report.pvd");
            PatentValueWeights weights = report.weights();
            line(text("valuation.report.pvdWeights", weights.version(), plain(weights.weightOf(ValueDegree.LEGAL)),
                    plain(weights.weightOf(ValueDegree.TECHNICAL)), plain(weights.weightOf(ValueDegree.ECONOMIC))));
            for (DraftValuation.AssetIndex entry : report.valuation().indices()) {
                PatentValueIndex index = entry.index();
                line(text("valuation.report.pvdAsset", entry.asset().number(), entry.asset().title(), index.index(),
                        index.legalDegree(), index.technicalDegree(), index.economicDegree()));
                List<String> cells = new java.util.ArrayList<>();
                for (ScoredIndicator scored : index.scores()) {
                    cells.add(text(scored.indicator().messageKey()));
                    cells.add(scored.score().toPlainString() + " × " + plain(weights.weightOf(scored.indicator())));
                    cells.add(scored.source() == ScoredIndicator.ScoreSource.DERIVED
                            ? text("valuation.report.source.derived." + scored.indicator().name(), scored.basis())
                            : text("valuation.report.source.evaluator"));
                }
                table(3, cells);
            }
        }

        private void income() {
            DraftInput.Income in = report.input().income();
            IncomeApproachValuation out = report.valuation().income();
            section("valuation.approach.INCOME");
            line(text("valuation.report.income.formula"));
            line(text("valuation.report.income.revenues", in.annualRevenues().stream().map(BigDecimal::toPlainString)
                    .toList()));
            line(text("valuation.report.income.rates", percent(in.royaltyRate()), percent(in.taxRate()),
                    percent(in.discountRate()), in.annualRevenues().size(), report.valuation().remainingTermYears()));
            line(text("valuation.report.source", in.source()));
            line(text("valuation.report.approachValue", yuan(out.value())));
        }

        private void cost() {
            DraftInput.Cost in = report.input().cost();
            CostApproachValuation out = report.valuation().cost();
            if (in == null || out == null) {
                return;
            }
            section("valuation.approach.COST");
            line(text("valuation.report.cost.inputs", in.replacementCost().toPlainString(),
                    in.remainingLifeYears().toPlainString(), in.elapsedLifeYears().toPlainString(),
                    percent(in.functionalObsolescence()), percent(in.economicObsolescence()),
                    percent(out.obsolescence())));
            line(text("valuation.report.source", in.source()));
            line(text("valuation.report.approachValue", yuan(out.value())));
        }

        private void market() {
            MarketApproachValuation out = report.valuation().market();
            if (out == null) {
                return;
            }
            section("valuation.approach.MARKET");
            List<String> cells = new java.util.ArrayList<>(List.of(text("valuation.report.market.description"),
                    text("valuation.report.market.price"), text("valuation.report.market.factors"),
                    text("valuation.report.market.adjusted")));
            for (int i = 0; i < report.input().comparables().size(); i++) {
                DraftInput.Comparable c = report.input().comparables().get(i);
                cells.add(c.description());
                cells.add(c.price().toPlainString());
                cells.add(c.timeFactor() + " × " + c.technologyFactor() + " × " + c.remainingLifeFactor() + " × "
                        + c.rightsTypeFactor() + (c.weight() == null ? "" : " (" + percent(c.weight()) + ")"));
                cells.add(out.adjustedPrices().get(i).toString());
            }
            table(4, cells);
            line(text("valuation.report.approachValue", yuan(out.value())));
        }

        private void range() {
            MonteCarloResult range = report.valuation().range();
            section("valuation.report.range");
            Map<UncertainInput, DraftInput.DistributionSpec> inputs = report.input().monteCarlo().inputs();
            if (inputs != null) {
                inputs.forEach((input, spec) -> line(distribution(text(input.messageKey()), spec)));
            }
            line(text("valuation.report.range.settings", range.iterations(), String.valueOf(range.seed())));
            line(text("valuation.report.range.percentiles", yuan(range.p10()), yuan(range.p50()), yuan(range.p90())));
            histogram(range);
        }

        private String distribution(String input, DraftInput.DistributionSpec spec) {
            return switch (spec.type()) {
                case "UNIFORM" -> text("valuation.report.range.uniform", input, plain(spec.min()), plain(spec.max()));
                case "TRIANGULAR" -> text("valuation.report.range.triangular", input, plain(spec.min()),
                        plain(spec.mode()), plain(spec.max()));
                default -> text("valuation.report.range.normal", input, plain(spec.mean()),
                        plain(spec.standardDeviation()));
            };
        }

        private String plain(BigDecimal number) {
            return number == null ? "—" : number.toPlainString();
        }

        private void histogram(MonteCarloResult range) {
            float width = 420;
            float height = 110;
            int maxCount = range.histogram().stream().mapToInt(MonteCarloResult.HistogramBin::count).max().orElse(1);
            float left = document.left() + 20;
            float bottom = writer.getVerticalPosition(true) - height - 10;
            if (bottom < document.bottom() + 20) {
                document.newPage();
                bottom = writer.getVerticalPosition(true) - height - 10;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float barWidth = width / range.histogram().size();
            canvas.setColorFill(new Color(0x2f, 0x6f, 0xb3));
            for (int i = 0; i < range.histogram().size(); i++) {
                float barHeight = height * range.histogram().get(i).count() / Math.max(maxCount, 1);
                canvas.rectangle(left + i * barWidth + 2, bottom, barWidth - 4, barHeight);
            }
            canvas.fill();
            canvas.setColorStroke(Color.DARK_GRAY);
            canvas.moveTo(left, bottom);
            canvas.lineTo(left + width, bottom);
            canvas.stroke();
            document.add(new Paragraph(new Chunk(" ", body)));
            Paragraph axis = new Paragraph(text("valuation.report.range.axis", range.minimum(), range.maximum()), body);
            axis.setSpacingBefore(height + 8);
            document.add(axis);
        }

        private void section(String key) {
            Paragraph paragraph = new Paragraph(text(key), heading);
            paragraph.setSpacingBefore(10);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }

        private void line(String content) {
            document.add(new Paragraph(content, body));
        }

        private void table(int columns, List<String> cells) {
            PdfPTable table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            cells.forEach(cell -> table.addCell(new Paragraph(cell == null ? "—" : cell, body)));
            document.add(table);
        }

        private String yuan(Money money) {
            return text("valuation.report.yuan", money.toString());
        }

        private String percent(BigDecimal fraction) {
            return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
