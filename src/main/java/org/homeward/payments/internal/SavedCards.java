package org.homeward.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardBrand;
import org.homeward.payments.CardDetails;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.PaymentMethodView;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.homeward.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved cards: checked at the edge, tokenised by the gateway, kept without their number
 * or CVC.
 */
@Component
class SavedCards {

	private final JdbcClient jdbc;

	private final PaymentGateway gateway;

	private final GatewayCalls calls;

	private final Clock clock;

	SavedCards(JdbcClient jdbc, PaymentGateway gateway, GatewayCalls calls, Clock clock) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.calls = calls;
		this.clock = clock;
	}

	PaymentMethodView add(UUID account, CardDetails card) {
		String digits = CardNumbers.digits(card.number());
		List<FieldError> errors = new ArrayList<>();
		Optional<CardBrand> brand = Optional.empty();
		if (!CardNumbers.passesLuhn(digits)) {
			errors.add(new FieldError("cardNumber", "is not a valid card number"));
		}
		else {
			brand = CardNumbers.brand(digits);
			if (brand.isEmpty()) {
				errors.add(new FieldError("cardNumber", "must be a Visa, Mastercard or Discover card"));
			}
		}
		if (!card.cvc().matches("\\d{3}")) {
			errors.add(new FieldError("cvc", "must be the 3 digits on the back of the card"));
		}
		errors.addAll(expiryErrors(card.expiryMonth(), card.expiryYear()));
		errors.addAll(addressErrors(card.billingAddress()));
		if (card.cardholderName() == null || card.cardholderName().isBlank() || card.cardholderName().length() > 100) {
			errors.add(new FieldError("cardholderName", "is required (at most 100 characters)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The card has invalid fields.", errors);
		}
		String token = calls.call(() -> gateway.tokenize(digits, card.expiryMonth(), card.expiryYear(), card.cvc()));
		UUID id = Ids.next();
		BillingAddress address = card.billingAddress();
		jdbc.sql(
				"""
						insert into payments.payment_method (id, account_id, gateway_token, brand, last4, expiry_month, expiry_year,
						       cardholder_name, address_line1, address_line2, city, region, postal_code, country, created_at)
						values (:id, :account, :token, :brand, :last4, :month, :year, :name, :line1, :line2, :city, :region, :postal, :country, :now)""")
			.param("id", id)
			.param("account", account)
			.param("token", token)
			.param("brand", brand.get().name())
			.param("last4", digits.substring(digits.length() - 4))
			.param("month", card.expiryMonth())
			.param("year", card.expiryYear())
			.param("name", card.cardholderName().strip())
			.param("line1", address.line1().strip())
			.param("line2", address.line2())
			.param("city", address.city().strip())
			.param("region", address.region())
			.param("postal", address.postalCode())
			.param("country", address.country().toUpperCase(Locale.ROOT))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return find(account, id);
	}

	List<PaymentMethodView> of(UUID account) {
		return jdbc.sql(
				"select * from payments.payment_method where account_id = :account and deleted_at is null order by created_at desc")
			.param("account", account)
			.query((rs, n) -> view(rs))
			.list();
	}

	PaymentMethodView find(UUID account, UUID id) {
		return jdbc.sql(
				"select * from payments.payment_method where id = :id and account_id = :account and deleted_at is null")
			.param("id", id)
			.param("account", account)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("payment method"));
	}

	Optional<ChargeableCard> chargeable(UUID account, UUID id) {
		return jdbc.sql(
				"select gateway_token from payments.payment_method where id = :id and account_id = :account and deleted_at is null")
			.param("id", id)
			.param("account", account)
			.query(String.class)
			.optional()
			.map(token -> new ChargeableCard(id, account, token));
	}

	PaymentMethodView update(UUID account, UUID id, int month, int printedYear, BillingAddress address) {
		int year = CardDetails.fullYear(printedYear);
		find(account, id);
		List<FieldError> errors = new ArrayList<>(expiryErrors(month, year));
		errors.addAll(addressErrors(address));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The card has invalid fields.", errors);
		}
		jdbc.sql("""
				update payments.payment_method set expiry_month = :month, expiry_year = :year, address_line1 = :line1,
				       address_line2 = :line2, city = :city, region = :region, postal_code = :postal, country = :country
				 where id = :id""")
			.param("month", month)
			.param("year", year)
			.param("line1", address.line1().strip())
			.param("line2", address.line2())
			.param("city", address.city().strip())
			.param("region", address.region())
			.param("postal", address.postalCode())
			.param("country", address.country().toUpperCase(Locale.ROOT))
			.param("id", id)
			.update();
		return find(account, id);
	}

	void delete(UUID account, UUID id) {
		find(account, id);
		jdbc.sql("update payments.payment_method set deleted_at = :now where id = :id")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private List<FieldError> expiryErrors(int month, int year) {
		List<FieldError> errors = new ArrayList<>();
		if (month < 1 || month > 12) {
			errors.add(new FieldError("expiryMonth", "must be 1 to 12"));
		}
		else if (year < 2000 || year > 2100
				|| YearMonth.of(year, month).isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
			errors.add(new FieldError("expiryYear", "the card has expired"));
		}
		return errors;
	}

	private static List<FieldError> addressErrors(BillingAddress address) {
		List<FieldError> errors = new ArrayList<>();
		if (address == null) {
			return List.of(new FieldError("billingAddress", "is required"));
		}
		if (address.line1() == null || address.line1().isBlank()) {
			errors.add(new FieldError("billingAddress.line1", "is required"));
		}
		if (address.city() == null || address.city().isBlank()) {
			errors.add(new FieldError("billingAddress.city", "is required"));
		}
		if (address.country() == null || !Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)
			.contains(address.country().trim().toUpperCase(Locale.ROOT))) {
			errors.add(new FieldError("billingAddress.country", "must be a two-letter country code"));
		}
		else if (address.country().trim().equalsIgnoreCase("US")
				&& (address.postalCode() == null || !address.postalCode().trim().matches("\\d{5}(-\\d{4})?"))) {
			errors.add(new FieldError("billingAddress.postalCode", "must be a ZIP code"));
		}
		return errors;
	}

	private static PaymentMethodView view(ResultSet rs) throws SQLException {
		return new PaymentMethodView(rs.getObject("id", UUID.class), CardBrand.valueOf(rs.getString("brand")),
				rs.getString("last4"), rs.getInt("expiry_month"), rs.getInt("expiry_year"),
				rs.getString("cardholder_name"),
				new BillingAddress(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
						rs.getString("region"), rs.getString("postal_code"), rs.getString("country")));
	}

}
