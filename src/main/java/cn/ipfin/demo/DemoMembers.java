package cn.ipfin.demo;

import java.util.List;

/**
 * The fictional demo organisations, one or more of each type. Every name, code and phone number is made up;
 * the credit codes get a valid check character when loaded.
 */
final class DemoMembers {

    /** One demo organisation with the username of its first account; credit code without check character. */
    record Member(String type, String name, String creditCode17, String district, String industry, String contact,
            String phone, String introduction, String username) {
    }

    static final Member PLATFORM = new Member("PLATFORM", "山西知融知识产权金融服务有限公司", "91140100MA0K00001",
            "140105", "L", "平台客服", "0351-7000000", "平台运营机构，提供知识产权金融一站式服务。", "operator");

    static final List<Member> MEMBERS = List.of(
            new Member("ENTERPRISE", "太原智煤科技有限公司", "91140105MA0K10001", "140105", "I", "王经理", "13800000001",
                    "煤矿智能化开采与井下安全监测软件、传感设备研发。", "enterprise"),
            new Member("ENTERPRISE", "山西晋芯半导体材料有限公司", "91140700MA0K10002", "140700", "C", "李总", "13800000002",
                    "第三代半导体碳化硅衬底与外延材料。", "jinxin"),
            new Member("ENTERPRISE", "大同新能氢能装备有限公司", "91140200MA0K10003", "140200", "C", "赵工", "13800000003",
                    "车用燃料电池与氢能储运装备。", "xinneng"),
            new Member("ENTERPRISE", "长治光电传感技术有限公司", "91140400MA0K10004", "140400", "C", "孙经理", "13800000004",
                    "光纤传感与激光测距器件。", "guangdian"),
            new Member("ENTERPRISE", "晋中农业生物科技有限公司", "91140700MA0K10005", "140700", "M", "周博士", "13800000005",
                    "小杂粮育种与农业微生物制剂。", "nongke"),
            new Member("ENTERPRISE", "山西汾水数据服务有限公司", "91140109MA0K10006", "140109", "I", "吴经理", "13800000006",
                    "工业互联网平台与自动驾驶矿卡调度系统。", "fenshui"),
            new Member("BANK", "山西综改示范区科创银行太原分行", "91140100MA0K20001", "140105", "J", "郑经理", "0351-7100001",
                    "专注科技型中小企业知识产权质押贷款。", "bank"),
            new Member("GUARANTOR", "山西科技融资担保有限公司", "91140100MA0K30001", "140106", "J", "冯经理", "0351-7200001",
                    "政策性科技融资担保，提供知识产权反担保服务。", "guarantor"),
            new Member("INSURER", "晋安财产保险股份有限公司太原中心支公司", "91140100MA0K40001", "140107", "J", "陈经理",
                    "0351-7300001", "知识产权质押融资保证保险。", "insurer"),
            new Member("EVALUATOR", "三晋知识产权资产评估有限公司", "91140100MA0K50001", "140109", "L", "褚评估师",
                    "0351-7400001", "专利、商标与软件著作权价值评估。", "evaluator"),
            new Member("INVESTOR", "太行创新创业投资基金管理有限公司", "91140100MA0K60001", "140105", "J", "卫总",
                    "0351-7500001", "投资早中期硬科技项目。", "investor"),
            new Member("LAW_FIRM", "山西汾河律师事务所", "31140000MA0K70001", "140106", "L", "蒋律师", "0351-7600001",
                    "知识产权确权、许可与质押法律服务。", "lawfirm"),
            new Member("GOVERNMENT", "山西转型综改示范区知识产权管理局", "11140000MA0K80001", "140105", "S", "沈科长",
                    "0351-7700001", "负责示范区知识产权质押融资政策与风险补偿资金管理。", "government"));

    private DemoMembers() {
    }
}
