package cn.ipfin.ipasset;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of legal-status events (法律状态事件) that a feed may report, recognised from the event text
 * of CNIPA legal-status announcements. Each kind states the legal status it leads to, or null when the status
 * stays as it is (a transfer, a pledge or an invalidation request leaves the patent in force).
 */
public enum LegalStatusEventKind {
    /** 未缴年费专利权终止: the patent lapsed because an annual fee was not paid. */
    LAPSED_UNPAID_FEE(LegalStatus.LAPSED, "未缴年费专利权终止", "年费终止", "未缴年费"),
    /** 专利权全部无效: the patent was declared invalid as a whole. */
    INVALIDATED(LegalStatus.INVALIDATED, "专利权全部无效", "宣告专利权全部无效"),
    /** 专利权无效宣告请求: someone requested invalidation; the patent stays in force while it is examined. */
    INVALIDATION_REQUESTED(null, "专利权无效宣告请求", "无效宣告请求"),
    /** 专利权的转移: the patent was assigned to another owner. */
    TRANSFERRED(null, "专利权的转移", "专利申请权、专利权的转移", "专利权转移"),
    /** 专利权质押合同登记的生效: a pledge was registered at CNIPA. */
    PLEDGE_REGISTERED(null, "专利权质押合同登记的生效", "质押合同登记的生效"),
    /** 专利权质押合同登记的注销: a registered pledge was cancelled. */
    PLEDGE_CANCELLED(null, "专利权质押合同登记的注销", "质押合同登记的注销"),
    /** 授权: the application was granted. */
    GRANTED(LegalStatus.VALID, "授权", "专利权授予"),
    /** 视为撤回: the application is deemed withdrawn. */
    DEEMED_WITHDRAWN(LegalStatus.WITHDRAWN, "视为撤回", "发明专利申请公布后的视为撤回"),
    /** 放弃专利权: the owner surrendered the patent. */
    SURRENDERED(LegalStatus.LAPSED, "放弃专利权", "专利权的主动放弃"),
    /** 专利权期限届满: the statutory term ended. */
    EXPIRED(LegalStatus.EXPIRED, "专利权有效期届满", "期限届满"),
    /** 专利权的恢复: a patent that lapsed for an unpaid fee was restored on request once the fee was paid. */
    RESTORED(LegalStatus.VALID, "专利权的恢复", "恢复专利权", "权利恢复");

    /** Kinds in the order they are tried, so the longer texts that contain shorter ones are matched first. */
    private static final List<LegalStatusEventKind> MATCH_ORDER = List.of(RESTORED, LAPSED_UNPAID_FEE, INVALIDATED,
            INVALIDATION_REQUESTED, PLEDGE_REGISTERED, PLEDGE_CANCELLED, TRANSFERRED, DEEMED_WITHDRAWN, SURRENDERED,
            EXPIRED, GRANTED);

    private final LegalStatus resultingStatus;
    private final List<String> texts;

    LegalStatusEventKind(LegalStatus resultingStatus, String... texts) {
        this.resultingStatus = resultingStatus;
        this.texts = List.of(texts);
    }

    /**
     * Recognises an event text after folding full-width forms and removing white space. {@code 授权} must be
     * the whole text, because longer texts such as {@code 授权后的变更} are other events.
     */
    public static Optional<LegalStatusEventKind> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Zs}\\p{Cf}]+", "");
        for (LegalStatusEventKind kind : MATCH_ORDER) {
            boolean matches = kind == GRANTED ? kind.texts.contains(folded)
                    : kind.texts.stream().anyMatch(folded::contains);
            if (matches) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Returns the legal status after this event, or null when the event leaves the status unchanged. */
    public LegalStatus resultingStatus() {
        return resultingStatus;
    }

    /** Returns the canonical event text, as CNIPA announces it. */
    public String canonicalText() {
        return texts.get(0);
    }

    public String messageKey() {
        return "ip.feed.kind." + name();
    }
}
