package cn.ipfin.market;

import cn.ipfin.ipasset.IpKind;

/** The registry facts of an asset that a listing copies: id, number, title, kind and IPC section. */
record ListedAsset(Long id, String number, String title, IpKind kind, String ipcSection) {
}
