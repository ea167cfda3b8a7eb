package org.homeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The families of a test, made as a family would make them, through the API: registered
 * (for an inmate, which makes the contact, or for nobody), signed in, with a sandbox card
 * saved and stamps bought with it. Every one has a new address of its own.
 */
public final class Families {

	/** Every test family's password. */
	public static final String PASSWORD = "Family#2026";

	/** The sandbox's card that is always approved. */
	public static final String APPROVED_CARD = "4242424242424242";

	private Families() {
	}

	/** A registered family member: their address, a fresh API token and their account. */
	public record Family(String email, String token, UUID accountId) {

		public String bearer() {
			return "Bearer " + token;
		}

	}

	/**
	 * Registers a family member (Rosa Diaz of Miami), asking for the inmate as a contact
	 * when {@code inmateId} is given, and signs them in.
	 */
	public static Family register(MockMvc mvc, String prefix, @Nullable UUID inmateId) throws Exception {
		String email = prefix + "-" + UUID.randomUUID() + "@example.com";
		String answer = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","password":"%s","firstName":"Rosa","lastName":"Diaz","phones":["305-555-0101"],
					 "address":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
					 "acceptTerms":true%s}""".formatted(email, PASSWORD,
					inmateId == null ? "" : ",\"inmateId\":\"" + inmateId + "\"")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String signIn = mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Family(email, SignedIn.tokenFrom(signIn), UUID.fromString(Json.id(answer)));
	}

	/** Saves a sandbox card (by its test number) for the family; its id. */
	public static UUID card(MockMvc mvc, String bearer, String cardNumber) throws Exception {
		return UUID.fromString(Json.id(mvc
			.perform(post("/api/v1/payment-methods").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"cardNumber":"%s","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Rosa Diaz",
								 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}"""
							.formatted(cardNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()));
	}

	/** Buys the agency's bundle of this many stamps with a new approved sandbox card. */
	public static void buyStamps(MockMvc mvc, Family family, String agencyCode, int stamps) throws Exception {
		UUID card = card(mvc, family.bearer(), APPROVED_CARD);
		String bundles = mvc.perform(get("/api/v1/agencies/" + agencyCode + "/stamp-bundles"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/v1/stamp-purchases").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"%s\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(agencyCode,
					Json.bundle(bundles, stamps), card)))
			.andExpect(status().isCreated());
	}

}
