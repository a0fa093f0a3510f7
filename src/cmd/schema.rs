//! `gutjoint schema`: JSON Schemas (draft 2020-12) for the files a clinic writes, generated from
//! the Rust types, so editors can check and complete them as they are typed; and of the data a
//! layout receives, for layout authors.

use std::collections::BTreeMap;

use crate::cli::SchemaKind;
use gutjoint::load::clinic::ClinicFile;
use gutjoint::load::ingredients::Entry;
use gutjoint::load::profile::Profile;
use gutjoint::recipe::Recipe;

/// Returns the schema of one kind of file.
pub fn schema(kind: SchemaKind) -> serde_json::Value {
    let (mut schema, title) = match kind {
        SchemaKind::Recipe => (schemars::schema_for!(Recipe), "gutjoint recipe"),
        SchemaKind::Profile => (schemars::schema_for!(Profile), "gutjoint patient profile"),
        SchemaKind::Clinic => (
            schemars::schema_for!(ClinicFile),
            "gutjoint clinic settings",
        ),
        SchemaKind::Ingredients => (
            schemars::schema_for!(BTreeMap<String, Entry>),
            "gutjoint ingredient table",
        ),
        SchemaKind::Patients => (
            schemars::schema_for!(Vec<Profile>),
            "gutjoint patients list",
        ),
        SchemaKind::Data => (
            gutjoint::contract::data_schema(),
            "gutjoint layout data (/data.json)",
        ),
    };
    schema.insert("title".to_owned(), title.into());
    schema.to_value()
}

/// Prints the schema as pretty JSON.
pub fn run(kind: SchemaKind) -> String {
    serde_json::to_string_pretty(&schema(kind)).unwrap_or_default()
}
