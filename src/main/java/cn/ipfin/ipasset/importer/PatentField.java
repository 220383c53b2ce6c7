package cn.ipfin.ipasset.importer;

import java.util.List;

/**
 * Canonical column of a patent list, with the header names that Patentics, incoPat and CNIPA exports use
 * for it. {@link HeaderMatcher} compares headers after folding width, case, spaces and bracket styles.
 */
public enum PatentField {
    APPLICATION_NUMBER(true, "申请号", "专利申请号", "专利号", "application number", "application no."),
    TITLE(true, "标题", "标题 (中文)", "发明名称", "名称", "专利名称", "title"),
    TITLE_EN(false, "标题 (英文)", "英文标题", "title (english)"),
    ABSTRACT(false, "摘要", "摘要 (中文)", "abstract"),
    APPLICANTS(false, "申请人", "专利权人", "申请（专利权）人", "当前专利权人", "applicant", "applicants"),
    INVENTORS(false, "发明人", "发明（设计）人", "设计人", "inventor", "inventors"),
    FILING_DATE(false, "申请日", "filing date", "application date"),
    PUBLICATION_NUMBER(false, "公开号", "公开（公告）号", "publication number", "publication no."),
    PUBLICATION_DATE(false, "公开日", "公开（公告）日", "publication date"),
    GRANT_DATE(false, "授权公告日", "授权日", "grant date"),
    IPC(false, "国际分类", "IPC", "IPC分类号", "分类号"),
    MAIN_IPC(false, "国际主分类", "IPC主分类", "主分类号", "main IPC"),
    CLAIMS_COUNT(false, "权利要求数", "权利要求数量"),
    LEGAL_STATUS(false, "法律状态", "当前法律状态", "法律状态/事件", "legal status"),
    PATENT_TYPE(false, "专利类型", "patent type"),
    FAMILY_SIZE(false, "同族专利数", "简单同族个数"),
    COUNTRY(false, "公开国别", "受理局");

    private final boolean required;
    private final List<String> headerNames;

    PatentField(boolean required, String... headerNames) {
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    /** Returns whether a file without this column is rejected as a whole. */
    public boolean isRequired() {
        return required;
    }

    /** Returns the header names that map to this field, the usual Chinese name first. */
    public List<String> headerNames() {
        return headerNames;
    }

    /** Returns the usual Chinese header name, used in messages about a missing column. */
    public String label() {
        return headerNames.get(0);
    }
}
