package cn.ipfin.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BidderMaskTest {

    @ParameterizedTest
    @CsvSource({
            "太原智煤科技有限公司, 太原***公司",
            "太行创新创业投资基金管理有限公司, 太行***公司",
            "晋商投资, 晋***",
            "ABCDE, AB***DE",
    })
    void masksMiddleOfName(String name, String masked) {
        assertThat(BidderMask.mask(name)).isEqualTo(masked);
    }
}
