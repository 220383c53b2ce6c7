package cn.ipfin.recovery;

import cn.ipfin.market.DealClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the proceeds of a disposal from the market: the contract of a deal on a case's disposal-sale listing
 * records the proceeds and closes the case. The event publication registry redelivers an event whose listener
 * failed, and the service ignores a deal it has already recorded.
 */
@Component
class DisposalSaleListener {

    private final DisposalService disposals;

    DisposalSaleListener(DisposalService disposals) {
        this.disposals = disposals;
    }

    @ApplicationModuleListener
    void on(DealClosed event) {
        disposals.recordSale(event);
    }
}
