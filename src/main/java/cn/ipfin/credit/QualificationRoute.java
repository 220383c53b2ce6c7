package cn.ipfin.credit;

/** How a tech-SME assessment decides qualification. */
public enum QualificationRoute {

    /** By the total score and the tech-staff score. */
    SCORED,

    /** By a declared direct qualification. The score is still computed and shown. */
    DIRECT
}
