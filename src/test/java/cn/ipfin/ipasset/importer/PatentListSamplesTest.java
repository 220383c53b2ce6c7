package cn.ipfin.ipasset.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads two real database exports that are kept outside the repository: a Patentics CSV with 51 records and
 * an incoPat XLSX with 73 records from several offices. The tests are skipped where the files are absent.
 */
class PatentListSamplesTest {

    private static final String SAMPLES = "samples/patent-exports";
    private static final String PATENTICS = "patentics_cn_AN-apollo_20220414.csv";
    private static final String INCOPAT = "incopat_cn_openai_72.xlsx";

    private final PatentListReader reader = new PatentListReader();

    @Test
    void patenticsExportHas51Records() throws IOException {
        PatentListReadResult result = read(PATENTICS);

        assertThat(result.fileError()).isNull();
        assertThat(result.format()).isEqualTo(SourceFormat.CSV);
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.records()).hasSize(51);
        assertThat(result.totalDataRows()).isEqualTo(51);
    }

    @Test
    void incopatExportHas73Records() throws IOException {
        PatentListReadResult result = read(INCOPAT);

        assertThat(result.fileError()).isNull();
        assertThat(result.format()).isEqualTo(SourceFormat.XLSX);
        assertThat(result.rowErrors()).isEmpty();
        assertThat(result.records()).hasSize(73);
        assertThat(result.totalDataRows()).isEqualTo(73);
    }

    @Test
    void incopatRecordHasFilingDate() throws IOException {
        PatentListReadResult result = read(INCOPAT);

        PatentRecord record = result.records().stream()
                .filter(candidate -> candidate.applicationNumber().equals("202010144278.1"))
                .findFirst()
                .orElseThrow();
        assertThat(record.filingDate()).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(record.foreign()).isFalse();
    }

    @Test
    void incopatForeignNumbersAreKept() throws IOException {
        PatentListReadResult result = read(INCOPAT);

        assertThat(result.records()).filteredOn(PatentRecord::foreign)
                .extracting(PatentRecord::applicationNumber)
                .contains("TW110132167", "WOIT20000045");
    }

    private PatentListReadResult read(String fileName) throws IOException {
        Path file = findSample(fileName);
        try (InputStream content = Files.newInputStream(file)) {
            return reader.read(content, fileName, Map.of());
        }
    }

    /**
     * Looks in the directory that the system property {@code ipfin.samples.dir} names, then where the sample
     * exports are kept on development machines.
     */
    private static Path findSample(String fileName) {
        Stream<Path> directories = Stream.of(
                Optional.ofNullable(System.getProperty("ipfin.samples.dir")).map(Path::of).orElse(null),
                Path.of("..", "shared", SAMPLES),
                Path.of("/work/shared", SAMPLES));
        Path file = directories.filter(Objects::nonNull)
                .map(directory -> directory.resolve(fileName))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        assumeTrue(file != null, "sample " + fileName + " is not available on this machine");
        return file;
    }
}
