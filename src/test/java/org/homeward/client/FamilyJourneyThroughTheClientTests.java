package org.homeward.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.SmtpServer;
import org.homeward.client.api.ContactsApi;
import org.homeward.client.api.ContractsApi;
import org.homeward.client.api.DepositsApi;
import org.homeward.client.api.DirectoryApi;
import org.homeward.client.api.FamilyAccountsApi;
import org.homeward.client.api.MessagesApi;
import org.homeward.client.api.PaymentMethodsApi;
import org.homeward.client.api.SessionsApi;
import org.homeward.client.api.StampsApi;
import org.homeward.client.model.AddressJson;
import org.homeward.client.model.AttachmentJson;
import org.homeward.client.model.CardJson;
import org.homeward.client.model.ContactJson;
import org.homeward.client.model.DepositJson;
import org.homeward.client.model.DepositRequestJson;
import org.homeward.client.model.DetailJson;
import org.homeward.client.model.MessageRequestJson;
import org.homeward.client.model.Money;
import org.homeward.client.model.PaymentMethodView;
import org.homeward.client.model.PublicInmate;
import org.homeward.client.model.PurchaseJson;
import org.homeward.client.model.PurchasedJson;
import org.homeward.client.model.Quote;
import org.homeward.client.model.QuoteJson;
import org.homeward.client.model.RegistrationJson;
import org.homeward.client.model.SentJson;
import org.homeward.client.model.SignInJson;
import org.homeward.client.model.StampBundle;
import org.homeward.deposits.DepositAgencies;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.messaging.TestImages;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.jayway.jsonpath.JsonPath;

/**
 * A family's whole journey through a client generated from the API's document
 * (docs/api/openapi.json, which another test holds to what Homeward serves), over HTTP:
 * find the loved one, register, sign in, save a card, buy stamps, send a message with a
 * photo, send money. If the document says something the code does not do, this client
 * fails to compile or to call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class FamilyJourneyThroughTheClientTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFamilyFindsRegistersPaysWritesAndSendsMoney(@TempDir Path files) throws Exception {
		TenantId agency = DepositAgencies.create(jdbc);
		String agencyCode = TestAgencies.code(jdbc, agency);
		String number = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmateId = Correspondents.inmate(jdbc, agency, number);
		ApiClient anyone = client(null);

		List<PublicInmate> found = new DirectoryApi(anyone).getInmates("FL", number);
		assertThat(found).singleElement().satisfies(inmate -> {
			assertThat(inmate.getId()).isEqualTo(inmateId);
			assertThat(inmate.getAgency().getCode()).isEqualTo(agencyCode);
		});

		String email = "client-" + UUID.randomUUID() + "@example.com";
		AddressJson home = new AddressJson().line1("1 Main St")
			.city("Miami")
			.region("FL")
			.postalCode("33101")
			.country("US");
		new FamilyAccountsApi(anyone).postAccounts(new RegistrationJson().email(email)
			.password(Families.PASSWORD)
			.firstName("Rosa")
			.lastName("Diaz")
			.phones(List.of("305-555-0101"))
			.address(home)
			.acceptTerms(true)
			.inmateId(inmateId));
		String token = new SessionsApi(anyone).postSessions(new SignInJson().email(email).password(Families.PASSWORD))
			.getToken();
		ApiClient rosa = client(token);

		assertThat(new ContactsApi(rosa).getContacts()).singleElement()
			.extracting(ContactJson::getStatus)
			.isEqualTo("ACTIVE");
		PaymentMethodView card = new PaymentMethodsApi(rosa)
			.postPaymentMethods(new CardJson().cardNumber(Families.APPROVED_CARD)
				.expiryMonth(12)
				.expiryYear(2030)
				.cvc("123")
				.cardholderName("Rosa Diaz")
				.billingAddress(home));
		assertThat(card.getLast4()).isEqualTo("4242");

		StampBundle ten = new ContractsApi(anyone).getAgenciesByCodeStampBundles(agencyCode)
			.stream()
			.filter(bundle -> bundle.getStamps() == 10)
			.findFirst()
			.orElseThrow();
		String purchaseKey = UUID.randomUUID().toString();
		PurchaseJson purchase = new PurchaseJson().agencyCode(agencyCode)
			.bundleId(ten.getId())
			.paymentMethodId(card.getId());
		PurchasedJson bought = new StampsApi(rosa).postStampPurchases(purchaseKey, purchase);
		assertThat(bought.getBalance()).isEqualTo(10L);
		assertThat(bought.getCharged()).isEqualTo(ten.getPrice());
		// the same key buys nothing more
		assertThat(new StampsApi(rosa).postStampPurchases(purchaseKey, purchase).getId()).isEqualTo(bought.getId());

		Path photo = Files.write(files.resolve("max.png"), TestImages.png(40, 30));
		AttachmentJson uploaded = new MessagesApi(rosa).postAttachments(photo.toFile());
		assertThat(uploaded.getContentType()).isEqualTo("image/png");
		MessageRequestJson letter = new MessageRequestJson().inmateId(inmateId)
			.body("Here is Max, our dog.")
			.attachmentIds(List.of(uploaded.getId()))
			.prepaidReply(false);
		Quote quote = new MessagesApi(rosa).postMessagesQuote(letter);
		SentJson sent = new MessagesApi(rosa).postMessages(UUID.randomUUID().toString(), letter);
		assertThat(sent.getStamps()).isEqualTo(quote.getStamps()).isPositive();
		DetailJson read = new MessagesApi(rosa).getMessagesById(sent.getId());
		assertThat(read.getBody()).isEqualTo("Here is Max, our dog.");
		assertThat(read.getAttachments()).singleElement().extracting(AttachmentJson::getId).isEqualTo(uploaded.getId());
		assertThat(new StampsApi(rosa).getStamps()).singleElement()
			.satisfies(balance -> assertThat(balance.getBalance()).isEqualTo(10L - sent.getStamps()));

		QuoteJson fee = new DepositsApi(rosa).getDepositsQuote(inmateId, "20.00");
		assertThat(fee.getFee().getAmount()).isEqualTo("4.95");
		assertThat(fee.getTotal().getAmount()).isEqualTo("24.95");
		DepositJson deposit = new DepositsApi(rosa).postDeposits(UUID.randomUUID().toString(),
				new DepositRequestJson().inmateId(inmateId)
					.amount(new Money().amount("20.00").currency(Money.CurrencyEnum.USD))
					.paymentMethodId(card.getId()));
		assertThat(deposit.getStatus()).isEqualTo("COMPLETED");
		assertThat(deposit.getTotal()).isEqualTo(fee.getTotal());
		assertThat(new DepositsApi(rosa).getDeposits()).extracting(DepositJson::getId).containsExactly(deposit.getId());

		// a refusal is the documented problem, naming its rule
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new DepositsApi(rosa).getDepositsQuote(inmateId, "300.01"))
			.satisfies(refused -> {
				assertThat(refused.getCode()).isEqualTo(422);
				assertThat(JsonPath.<String>read(refused.getResponseBody(), "$.code")).isEqualTo("deposit-limit");
			});
	}

	private ApiClient client(String token) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		if (token != null) {
			client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		}
		return client;
	}

}
