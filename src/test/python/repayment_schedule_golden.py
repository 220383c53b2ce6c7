"""Print the expected repayment schedules used by RepaymentScheduleCalculatorGoldenTest.

This is a second implementation of the schedule rules, kept apart from the Java code so the
golden tables do not come from the code under test. It works with Python's decimal module at
50 significant digits. It derives the equal-instalment payment from the present value of an
annuity, principal / sum of (1 + r)^-k, which reaches the Java closed form's payment by a
different route. Run it with `python3 src/test/python/repayment_schedule_golden.py`.
"""

import calendar
import datetime
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 50
FEN = Decimal("0.01")


def to_fen(value):
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def add_months(start, months):
    """Return the date `months` after `start`, on the last day of the month when it is shorter."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(start.day, last_day))


def due_dates(start, term, first_due):
    if first_due is None:
        return [add_months(start, k) for k in range(1, term + 1)]
    return [add_months(first_due, k) for k in range(term)]


def is_broken(start, first_due):
    return first_due is not None and first_due != add_months(start, 1)


def interest_for(balance, rate, period, start, first_due):
    if period == 1 and is_broken(start, first_due):
        days = (first_due - start).days
        return to_fen(balance * rate * days / 360)
    return to_fen(balance * rate / 12)


def annuity_payment(principal, rate, term):
    if rate == 0:
        return to_fen(principal / term)
    monthly = rate / 12
    discount_sum = sum(1 / (1 + monthly) ** k for k in range(1, term + 1))
    return to_fen(principal / discount_sum)


def schedule(principal, rate, term, method, start, first_due=None):
    principal, rate = Decimal(principal), Decimal(rate)
    dates = due_dates(start, term, first_due)
    if method == "BULLET":
        return bullet(principal, rate, term, start, first_due, dates[-1])
    payment = annuity_payment(principal, rate, term)
    equal_part = to_fen(principal / term)
    rows, balance = [], principal
    for period in range(1, term + 1):
        interest = interest_for(balance, rate, period, start, first_due)
        if period == term:
            part = balance
        elif method == "EQUAL_INSTALLMENT":
            part = payment - to_fen(balance * rate / 12)
        elif method == "EQUAL_PRINCIPAL":
            part = equal_part
        else:
            part = Decimal("0.00")
        balance -= part
        rows.append((period, dates[period - 1], part + interest, part, interest, balance))
    return rows


def bullet(principal, rate, term, start, first_due, maturity):
    if is_broken(start, first_due):
        days = (first_due - start).days
        interest = to_fen(principal * rate * (Decimal(days) / 360 + Decimal(term - 1) / 12))
    else:
        interest = to_fen(principal * rate * term / 12)
    return [(1, maturity, principal + interest, principal, interest, Decimal("0.00"))]


def show(title, rows):
    print(title)
    for period, due, payment, part, interest, balance in rows:
        print(f"{period} | {due} | {payment:.2f} | {part:.2f} | {interest:.2f} | {balance:.2f}")
    total_interest = sum(row[4] for row in rows)
    total_payment = sum(row[2] for row in rows)
    print(f"total interest {total_interest:.2f}, total payment {total_payment:.2f}")
    print()


METHODS = ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL", "INTEREST_ONLY", "BULLET"]
CASES = [
    ("1000000.00", "0.045", 12, datetime.date(2025, 1, 15), None, METHODS),
    ("120000.00", "0.0365", 6, datetime.date(2025, 7, 1), None, METHODS),
    ("300000.00", "0.0435", 6, datetime.date(2024, 1, 31), None, ["EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"]),
    ("500000.00", "0.0385", 6, datetime.date(2025, 3, 10), datetime.date(2025, 4, 20), METHODS),
]

if __name__ == "__main__":
    for principal, rate, term, start, first_due, methods in CASES:
        for method in methods:
            title = f"{method} {principal} at {rate} for {term} months from {start}"
            if first_due is not None:
                title += f", first due {first_due}"
            show(title, schedule(principal, rate, term, method, start, first_due))
