package cn.ipfin.credit;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/** Reads a spreadsheet cell as an exact decimal, whether Excel stored it as a number or as text. */
final class CellNumbers {

    private CellNumbers() {
    }

    static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    /**
     * Returns the cell's number, or null when it holds no number. A numeric cell is a binary double, so it is
     * converted through its shortest decimal form: 1234.56 stays 1234.56.
     *
     * <p>NOTE: a double keeps about 15 significant digits, so a numeric cell above roughly 10^13 yuan with fen
     * may already be rounded by Excel; such amounts are exact only when typed as text.
     */
    static BigDecimal read(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        if (type != CellType.STRING) {
            return null;
        }
        String text = cell.getStringCellValue().strip().replace(",", "").replace("，", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
