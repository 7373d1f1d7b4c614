"""VAT rate and amount preview. Smart sets the real rate; the app labels this a preview."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .countries import is_eu
from .money import percent_of
from .order import Client, ClientType, Order

DEFAULT_CONTRIBUTION_PERCENT = Decimal(9)


class VatRate(StrEnum):
    STANDARD = "standard"
    REDUCED = "reduced"
    REVERSE_CHARGE = "reverse_charge"
    NON_EU = "non_eu"

    @property
    def percent(self) -> Decimal:
        return _PERCENT[self]


_PERCENT = {
    VatRate.STANDARD: Decimal(19),
    VatRate.REDUCED: Decimal(7),
    VatRate.REVERSE_CHARGE: Decimal(0),
    VatRate.NON_EU: Decimal(0),
}


def vat_rate_preview(client: Client, reduced: bool = False) -> VatRate:
    """The rate Smart will most likely apply (guide: faq-vat-tax).

    Business clients in another EU country with a VAT ID: reverse charge; business clients
    outside the EU: usually 0 %; everybody else: 19 % or the reduced 7 %.
    """
    country = client.address.country.strip().upper()
    if client.type is ClientType.BUSINESS_EU_VAT and country != "DE" and is_eu(country):
        return VatRate.REVERSE_CHARGE
    if client.type.is_business and country and not is_eu(country):
        return VatRate.NON_EU
    return VatRate.REDUCED if reduced else VatRate.STANDARD


@dataclass(frozen=True)
class AmountsPreview:
    net_cents: int
    vat_rate: VatRate
    vat_cents: int
    gross_cents: int
    contribution_percent: Decimal
    contribution_cents: int

    @property
    def member_share_cents(self) -> int:
        """Estimated: net minus Smart's contribution (before wage costs and taxes)."""
        return self.net_cents - self.contribution_cents


def preview_amounts(
    order: Order, contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT
) -> AmountsPreview:
    net = order.net_cents
    rate = vat_rate_preview(order.client, order.reduced_vat)
    vat = percent_of(net, rate.percent)
    return AmountsPreview(
        net_cents=net,
        vat_rate=rate,
        vat_cents=vat,
        gross_cents=net + vat,
        contribution_percent=contribution_percent,
        contribution_cents=percent_of(net, contribution_percent),
    )
