//! Cost of canonicalizing, signing and verifying plan documents of growing size.
//!
//! A plan with `n` list items has them spread evenly over goals, measures, crisis contacts and
//! network members (each contact and measure points at a member), with realistic Norwegian text.
//! Every section is exported, so the whole plan is in the document. Measured:
//! - `canonicalize`: RFC 8785 of the unsigned credential;
//! - `sign`: the whole export (choose sections, validate, build, canonicalize, hash, Ed25519);
//! - `verify`: the whole plan check (strict parse, proof, credential, plan types, sections,
//!   validation);
//! - `verify_proof_only`: layer 1 alone.
//!
//! Quick run (about a minute and a half on two cores, after the build):
//!
//! ```sh
//! cargo bench -p ownplan-core --bench document -- --warm-up-time 1 --measurement-time 2
//! ```
//!
//! The canonical size of each document is printed to standard error before the measurements.
//!
//! Measured 2026-11-22 on the project's 2-core machine with the workspace's release profile
//! (`opt-level = "z"`, LTO) and ed25519-dalek without its `fast` tables (median times):
//!
//! | items | canonical bytes | canonicalize | sign (export) | verify (both layers) | proof only |
//! |---:|---:|---:|---:|---:|---:|
//! | 10 | 3 735 | 44 µs | 2.51 ms | 2.69 ms | 2.52 ms |
//! | 50 | 15 285 | 180 µs | 3.05 ms | 3.10 ms | 2.95 ms |
//! | 100 | 29 735 | 318 µs | 3.61 ms | 3.50 ms | 3.02 ms |
//! | 250 | 73 185 | 741 µs | 4.29 ms | 4.74 ms | 3.74 ms |
//! | 500 | 145 635 | 1 468 µs | 6.07 ms | 7.26 ms | 4.71 ms |
//!
//! Cost is a fixed ~2.4 ms (one Ed25519 operation without precomputed tables) plus a part linear
//! in size: canonicalization ~10 ns per canonical byte (~3 µs per item), export ~7 µs and full
//! verification ~10 µs per item (parsing, canonicalizing, the typed reading and validation).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ownplan_core::document::{
    ExportRequest, Recipient, SharingConsentStatement, build_credential, export_for_recipient,
    verify_plan_document,
};
use ownplan_core::plan::{
    CrisisContact, Date, Goal, GoalStatus, IdSource, LifeArea, Measure, MeasureStatus,
    NetworkMember, PersonRef, Plan, PlanId, Role, Section, SequentialIds, Text,
};
use ownplan_core::proof::{SigningKey, canonicalize, verify_bytes};

const SIZES: [usize; 5] = [10, 50, 100, 250, 500];
const VALID_FROM: &str = "2026-11-22T10:00:00Z";

fn plan_with_items(items: usize) -> Plan {
    let mut ids = SequentialIds::new();
    let mut plan = Plan::new(PlanId::new("bench-plan"), "nb");
    let quarter = items / 4;
    let members: Vec<_> = (0..items - 3 * quarter).map(|_| ids.next_id()).collect();
    for (index, id) in members.iter().enumerate() {
        plan.network.push(NetworkMember {
            id: id.clone(),
            name: Text::new(&format!("Kari Nordmann nummer {index}")),
            role: Some(Role::Coordinator),
            organisation: Text::new("Bydel Grünerløkka, tildelingskontoret"),
            phone: Text::new("+47 915 00 001"),
            email: Text::new("kari.nordmann@bga.oslo.kommune.no"),
            reachable: Text::new("Man–fre 09–15, ikke onsdager"),
            in_responsibility_group: true,
            ..NetworkMember::default()
        });
    }
    let member = |index: usize| Some(PersonRef::Member(members[index % members.len()].clone()));
    for index in 0..quarter {
        plan.individual_plan.goals.push(Goal {
            id: ids.next_id(),
            life_area: Some(LifeArea::Housing),
            text: Text::new(&format!("Ha en egen leilighet med fast kontrakt ({index})")),
            why: Text::new("Da kan Emma være hos meg annenhver helg"),
            steps: Text::new("Søke kommunal bolig, få hjelp til depositum, delta på visning"),
            target_date: Some(Date::parse("2027-06-01").expect("date")),
            status: Some(GoalStatus::Underway),
        });
        plan.individual_plan.measures.push(Measure {
            id: ids.next_id(),
            what: Text::new(&format!(
                "Arbeidsavklaringspenger med aktivitetsplan ({index})"
            )),
            extent: Text::new("Løpende, oppfølgingssamtale hver 6. uke"),
            provider: Text::new("NAV Grünerløkka"),
            responsible: member(index),
            how_carried_out: Text::new("Samtaler på NAV-kontoret, aktivitetsplan på nav.no"),
            status: Some(MeasureStatus::Granted),
            ..Measure::default()
        });
        plan.crisis_plan.contacts.push(CrisisContact {
            id: ids.next_id(),
            who: member(index),
            phone: Text::new("23 22 50 00"),
            when_to_call: Text::new(&format!("Når jeg ikke svarer på to dager ({index})")),
            what_for: Text::new("Komme innom og sjekke at jeg er ok"),
        });
    }
    plan
}

fn request(plan: &Plan) -> ExportRequest<'_> {
    ExportRequest {
        plan,
        recipients: vec![Recipient {
            name: Text::new("Dr. Ingrid Solberg"),
            role: Some(Role::Gp),
            organisation: Text::new("Sofienberg legesenter"),
        }],
        sections: Section::ALL.to_vec(),
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [7; 16],
        valid_from: VALID_FROM.to_owned(),
    }
}

fn benchmarks(criterion: &mut Criterion) {
    let key = SigningKey::from_seed(&[0x42; 32]);
    let today = Date::parse("2026-11-22").expect("date");
    let mut group = criterion.benchmark_group("document");
    for items in SIZES {
        let plan = plan_with_items(items);
        let request = request(&plan);
        let credential = build_credential(&request, &key.did_key().did()).expect("builds");
        let signed = export_for_recipient(&request, &key).expect("exports");
        let bytes = serde_json::to_vec_pretty(&signed).expect("serializes");
        let canonical = canonicalize(&credential).expect("canonical");
        eprintln!(
            "items {items}: canonical {} bytes, pretty signed file {} bytes",
            canonical.len(),
            bytes.len()
        );
        group.bench_with_input(
            BenchmarkId::new("canonicalize", items),
            &credential,
            |b, c| b.iter(|| canonicalize(black_box(c))),
        );
        group.bench_with_input(BenchmarkId::new("sign", items), &request, |b, r| {
            b.iter(|| export_for_recipient(black_box(r), &key))
        });
        group.bench_with_input(BenchmarkId::new("verify", items), &bytes, |b, bytes| {
            b.iter(|| verify_plan_document(black_box(bytes), &today, None))
        });
        group.bench_with_input(
            BenchmarkId::new("verify_proof_only", items),
            &bytes,
            |b, bytes| b.iter(|| verify_bytes(black_box(bytes))),
        );
    }
    group.finish();
}

criterion_group!(benches, benchmarks);
criterion_main!(benches);
