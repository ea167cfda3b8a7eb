package org.homeward.media.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.TabletHolders;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.media.DeviceStatus;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep their facilities' tablets: register one (its secret shown once, kept
 * hashed), issue it to an inmate (one tablet each, where the facility has tablets), take
 * it back, swap a broken one for another (the holder keeps everything: entitlements are
 * the person's), mark one lost. Every move is in the tablet's history and the audit log.
 */
@Component
public class Devices implements TabletHolders {

	/** A tablet as staff see it. */
	public record Device(UUID id, TenantId agency, UUID facility, String serial, String model, DeviceStatus status,
			@Nullable UUID inmate, Instant updatedAt) {
	}

	/** A tablet just registered, with the secret it signs in with (shown this once). */
	public record Registered(Device device, String secret) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Contracts contracts;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Devices(JdbcClient jdbc, Directory directory, Contracts contracts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.contracts = contracts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<UUID> holder(String serial, String secret) {
		Optional<String[]> found = jdbc
			.sql("select secret_hash, cast(inmate_id as varchar) as inmate from media.device where serial = :serial"
					+ " and status = 'ISSUED'")
			.param("serial", serial)
			.query((rs, n) -> new String[] { rs.getString("secret_hash"), rs.getString("inmate") })
			.optional();
		String hash = Hashes.sha256Hex(secret);
		String expected = found.map(f -> f[0]).orElse("0".repeat(64));
		boolean right = MessageDigest.isEqual(expected.getBytes(), hash.getBytes());
		return found.filter(f -> right).map(f -> UUID.fromString(f[1]));
	}

	/**
	 * Registers a tablet at a facility of the staff member's agency.
	 * @throws ConflictException when the serial is registered already
	 */
	@Transactional
	public Registered register(Caller staff, String serial, String model, String facilityCode) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		FacilityView facility = directory.facilities(agency)
			.stream()
			.filter(f -> f.code().equalsIgnoreCase(facilityCode) && staff.reaches(f.id()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("facilityCode", "is not a facility of yours"));
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = Ids.next();
		Instant now = clock.instant();
		try {
			jdbc.sql("""
					insert into media.device (id, agency_id, facility_id, serial, model, status, inmate_id,
					                          secret_hash, updated_at)
					values (:id, :agency, :facility, :serial, :model, 'IN_STOCK', null, :hash, :at)""")
				.param("id", id)
				.param("agency", agency.value())
				.param("facility", facility.id())
				.param("serial", serial)
				.param("model", model)
				.param("hash", Hashes.sha256Hex(secret))
				.param("at", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("serial-registered", "A tablet with the serial " + serial + " is registered.");
		}
		history(id, DeviceStatus.IN_STOCK, null, staff, "registered");
		audit(staff, agency, "device.registered", id, serial + " " + model);
		return new Registered(device(staff, id), secret);
	}

	/** The tablets an inmate holds now (for their page on the staff console). */
	public List<Device> heldBy(UUID inmate) {
		return jdbc.sql("select * from media.device where inmate_id = :inmate and status = 'ISSUED' order by serial")
			.param("inmate", inmate)
			.query((rs, n) -> device(rs))
			.list();
	}

	/**
	 * The tablets of the staff member's agency (their facility's, when they have one).
	 */
	public List<Device> list(Caller staff) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		return jdbc.sql("select * from media.device where agency_id = :agency order by serial")
			.param("agency", agency.value())
			.query((rs, n) -> device(rs))
			.list()
			.stream()
			.filter(d -> staff.reaches(d.facility()))
			.toList();
	}

	/**
	 * Issues a tablet in stock to an inmate of its facility.
	 * @throws ConflictException when the tablet is not in stock, or the inmate holds one
	 * @throws BusinessRuleException when the facility has no tablets, or the inmate is
	 * not in custody
	 */
	@Transactional
	public Device issue(Caller staff, UUID deviceId, UUID inmateId) {
		Device device = device(staff, deviceId);
		InmateView inmate = directory.inmate(inmateId)
			.filter(i -> i.agency().id().equals(device.agency()))
			.orElseThrow(() -> new NotFoundException("inmate"));
		if (!inmate.facility().id().equals(device.facility())) {
			throw new BusinessRuleException("device-elsewhere", null,
					"This tablet belongs to another facility than " + inmate.facility().name() + ".",
					List.of(inmate.facility().name()), Map.of());
		}
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody", "device",
					"Only an inmate in custody gets a tablet.", List.of(), Map.of());
		}
		boolean offered = contracts.contractOf(device.agency())
			.map(c -> c.offers(Service.TABLETS, device.facility()))
			.orElse(false);
		if (!offered) {
			throw new BusinessRuleException("service-not-available", "tablets",
					"Tablets are not offered at " + inmate.facility().name() + ".", List.of(inmate.facility().name()),
					Map.of());
		}
		holdsNone(inmate);
		move(staff, device, DeviceStatus.IN_STOCK, DeviceStatus.ISSUED, inmate.id(), "issued");
		return device(staff, deviceId);
	}

	/**
	 * Takes a tablet back into stock (release, transfer, or the inmate gives it back).
	 */
	@Transactional
	public Device takeBack(Caller staff, UUID deviceId) {
		Device device = device(staff, deviceId);
		move(staff, device, device.status(), DeviceStatus.IN_STOCK, null, "taken back");
		return device(staff, deviceId);
	}

	/** Marks a tablet broken or lost, wherever it was. */
	@Transactional
	public Device mark(Caller staff, UUID deviceId, DeviceStatus status) {
		if (status != DeviceStatus.BROKEN && status != DeviceStatus.LOST) {
			throw new InvalidInputException("status", "must be BROKEN or LOST");
		}
		Device device = device(staff, deviceId);
		move(staff, device, device.status(), status, null, status == DeviceStatus.LOST ? "lost" : "broken");
		return device(staff, deviceId);
	}

	/**
	 * Swaps an issued tablet for one in stock: the old one is taken as broken, the new
	 * one issued to the same inmate, together.
	 */
	@Transactional
	public Device swap(Caller staff, UUID deviceId, UUID replacementId) {
		Device old = device(staff, deviceId);
		Device replacement = device(staff, replacementId);
		if (old.status() != DeviceStatus.ISSUED || old.inmate() == null) {
			throw new ConflictException("device-not-issued", "Only an issued tablet can be swapped.");
		}
		if (!replacement.facility().equals(old.facility())) {
			throw new BusinessRuleException("device-elsewhere", null, "The replacement belongs to another facility.",
					List.of(), Map.of());
		}
		UUID holder = old.inmate();
		move(staff, old, DeviceStatus.ISSUED, DeviceStatus.BROKEN, null, "swapped for " + replacement.serial());
		move(staff, replacement, DeviceStatus.IN_STOCK, DeviceStatus.ISSUED, holder, "swapped for " + old.serial());
		return device(staff, replacementId);
	}

	/**
	 * One of the staff member's agency's tablets.
	 * @throws NotFoundException for any other
	 */
	public Device device(Caller staff, UUID id) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		return jdbc.sql("select * from media.device where id = :id")
			.param("id", id)
			.query((rs, n) -> device(rs))
			.optional()
			.filter(d -> d.agency().equals(agency) && staff.reaches(d.facility()))
			.orElseThrow(() -> new NotFoundException("device"));
	}

	private void holdsNone(InmateView inmate) {
		int held = jdbc.sql("select count(*) from media.device where inmate_id = :inmate and status = 'ISSUED'")
			.param("inmate", inmate.id())
			.query(Integer.class)
			.single();
		if (held > 0) {
			throw new ConflictException("inmate-has-tablet",
					inmate.firstName() + " " + inmate.lastName() + " holds a tablet already: take it back or swap it.");
		}
	}

	private void move(Caller staff, Device device, DeviceStatus from, DeviceStatus to, @Nullable UUID inmate,
			String note) {
		if (!DeviceStatus.LIFECYCLE.allows(from, to)) {
			throw new ConflictException("device-" + from.name().toLowerCase() + "",
					"A tablet that is " + from.name().toLowerCase().replace('_', ' ') + " cannot be "
							+ note.replaceAll(" for .*", "") + ".");
		}
		int moved = jdbc.sql("""
				update media.device set status = :to, inmate_id = :inmate, updated_at = :at
				 where id = :id and status = :from""")
			.param("to", to.name())
			.param("inmate", inmate)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", device.id())
			.param("from", from.name())
			.update();
		if (moved != 1) {
			throw new ConflictException("device-changed", "The tablet changed meanwhile: look again.");
		}
		history(device.id(), to, inmate, staff, note);
		audit(staff, device.agency(), "device." + to.name().toLowerCase(), device.id(),
				device.serial() + (inmate == null ? "" : " to " + inmate) + ": " + note);
	}

	private void history(UUID device, DeviceStatus status, @Nullable UUID inmate, Caller by, String note) {
		jdbc.sql("""
				insert into media.device_history (device_id, seq, status, inmate_id, by_id, note, at)
				select :device, coalesce(max(seq), 0) + 1, :status, :inmate, :by, :note, :at
				  from media.device_history where device_id = :device""")
			.param("device", device)
			.param("status", status.name())
			.param("inmate", inmate)
			.param("by", by.accountId())
			.param("note", note)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void audit(Caller staff, TenantId agency, String action, UUID device, String detail) {
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency, action, device.toString(), detail,
				null));
	}

	private static Device device(ResultSet rs) throws SQLException {
		return new Device(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("facility_id", UUID.class), rs.getString("serial"), rs.getString("model"),
				DeviceStatus.valueOf(rs.getString("status")), rs.getObject("inmate_id", UUID.class),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
