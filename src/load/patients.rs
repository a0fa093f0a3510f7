//! A clinic's list of patients for `gutjoint batch`: a YAML list of profiles, or a CSV with one
//! row per patient. Each row is checked on its own, so one bad row does not stop the others.

use crate::diag::Diagnostic;
use crate::load::catalog::Catalog;
use crate::load::profile::Profile;

/// The CSV columns, each a profile key; list values are separated by `;`.
pub const CSV_COLUMNS: [&str; 19] = [
    "name",
    "start",
    "household",
    "meals",
    "diet",
    "avoid-allergens",
    "avoid-ingredients",
    "avoid-recipes",
    "max-prep",
    "leftovers",
    "variety",
    "max-daily-prep",
    "seed",
    "sex",
    "age",
    "weight-kg",
    "energy-kcal",
    "protein-g",
    "locale",
];

/// One patient row.
pub struct Row {
    /// The 1-based line the row starts on.
    pub line: usize,
    /// The row as text, for a stable id.
    pub text: String,
    /// The checked profile, or why it is not one.
    pub profile: Result<Profile, Vec<Diagnostic>>,
    /// Problems of the row that do not stop its handout.
    pub warnings: Vec<Diagnostic>,
}

/// Splits and checks a patients file; `.csv` files are read as CSV, anything else as YAML.
pub fn parse(path: &str, text: &str, catalog: &Catalog) -> Result<Vec<Row>, Diagnostic> {
    if path.to_lowercase().ends_with(".csv") {
        csv_rows(path, text, catalog)
    } else {
        yaml_rows(path, text, catalog)
    }
}

/// Splits a YAML list at its top-level items (`- ` at the start of a line) and parses each item as
/// a profile, keeping its lines so messages point into the whole file.
fn yaml_rows(path: &str, text: &str, catalog: &Catalog) -> Result<Vec<Row>, Diagnostic> {
    let mut chunks: Vec<(usize, String)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(rest) = line
            .strip_prefix("- ")
            .or_else(|| (line == "-").then_some(""))
        {
            chunks.push((i + 1, format!("{rest}\n")));
        } else if let Some((_, chunk)) = chunks.last_mut() {
            chunk.push_str(line.strip_prefix("  ").unwrap_or(line.trim_start()));
            chunk.push('\n');
        } else if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            return Err(Diagnostic::error(
                path,
                i + 1,
                1,
                "a patients file is a list: each patient starts with `- ` at the start of a line",
            )
            .with_hint(
                "write `- name: Ana` and indent the rest of that patient's keys by two spaces",
            ));
        }
    }
    Ok(chunks
        .into_iter()
        .map(|(line, chunk)| {
            let shift = |diags: Vec<Diagnostic>| -> Vec<Diagnostic> {
                diags
                    .into_iter()
                    .map(|mut d| {
                        if d.line > 0 {
                            // Each line of an item lost two characters: `- ` or its indent.
                            d.line += line - 1;
                            d.column += 2;
                        }
                        d
                    })
                    .collect()
            };
            let (profile, warnings) = match Profile::parse_checked(path, &chunk, catalog) {
                Ok((profile, warnings)) => (Ok(profile), shift(warnings)),
                Err(diags) => (Err(shift(diags)), Vec::new()),
            };
            Row {
                line,
                warnings,
                text: chunk,
                profile,
            }
        })
        .collect())
}

/// Reads a CSV with a header row of profile keys and turns each record into a profile.
fn csv_rows(path: &str, text: &str, catalog: &Catalog) -> Result<Vec<Row>, Diagnostic> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Diagnostic::error(path, 1, 1, format!("cannot read the CSV header ({e})")))?
        .clone();
    for h in &headers {
        if !CSV_COLUMNS.contains(&h) {
            return Err(
                Diagnostic::error(path, 1, 1, format!("unknown column `{h}`"))
                    .with_hint(format!("the columns are {}", CSV_COLUMNS.join(", "))),
            );
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                rows.push(Row {
                    line,
                    warnings: Vec::new(),
                    text: String::new(),
                    profile: Err(vec![Diagnostic::error(
                        path,
                        line,
                        1,
                        format!("cannot read this row ({e})"),
                    )]),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut yaml = String::new();
        for (key, value) in headers.iter().zip(record.iter()) {
            if value.is_empty() {
                continue;
            }
            let value = if [
                "meals",
                "avoid-allergens",
                "avoid-ingredients",
                "avoid-recipes",
            ]
            .contains(&key)
            {
                let items: Vec<String> = value
                    .split(';')
                    .map(|v| crate::load::yaml_scalar(v.trim()))
                    .collect();
                format!("[{}]", items.join(", "))
            } else if value.parse::<f64>().is_ok() || value == "true" || value == "false" {
                // Numbers and yes/no stay bare so they read as numbers and booleans.
                value.to_owned()
            } else {
                crate::load::yaml_scalar(value)
            };
            yaml.push_str(&format!("{key}: {value}\n"));
        }
        // A message about a value points at its cell: the key of the profile line it points at
        // is the cell's column. Others point at the row.
        let spans = crate::load::spans::Spans::of(&yaml);
        let cells = text.lines().nth(line.saturating_sub(1)).map(cell_columns);
        let at_row = |diags: Vec<Diagnostic>| -> Vec<Diagnostic> {
            diags
                .into_iter()
                .map(|mut d| {
                    let key = spans
                        .path_at((d.line, d.column))
                        .and_then(|p| p.split(['.', '[']).next());
                    let cell = key.and_then(|key| headers.iter().position(|h| h == key));
                    d.column = cell
                        .and_then(|i| cells.as_ref()?.get(i).copied())
                        .unwrap_or(1);
                    d.line = line;
                    d
                })
                .collect()
        };
        let (profile, warnings) = match Profile::parse_checked(path, &yaml, catalog) {
            Ok((profile, warnings)) => (Ok(profile), at_row(warnings)),
            Err(diags) => (Err(at_row(diags)), Vec::new()),
        };
        rows.push(Row {
            line,
            warnings,
            text: record.iter().collect::<Vec<_>>().join(","),
            profile,
        });
    }
    Ok(rows)
}

/// The 1-based column where each cell of a CSV line starts, past its leading spaces; a comma
/// inside double quotes is part of its cell.
fn cell_columns(line: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => starts.push(i + 1),
            _ => {}
        }
    }
    let chars: Vec<char> = line.chars().collect();
    starts
        .into_iter()
        .map(|start| {
            let gap = chars[start..].iter().take_while(|c| **c == ' ').count();
            start + gap + 1
        })
        .collect()
}

/// Names a patient's PDF: a safe slug of the name and a short id stable for the same row.
pub fn file_name(profile: &Profile, row_text: &str) -> String {
    // A name of no Latin letters or digits (`李小龙`) is a file named `patient-…`; a name with
    // some has its other letters written in Latin ones (`Cara Díaz` is `cara-diaz`).
    let name = profile
        .name
        .as_deref()
        .filter(|n| n.chars().any(|c| c.is_ascii_alphanumeric()))
        .and_then(crate::ids::plain_slug)
        .unwrap_or_else(|| "patient".to_owned());
    format!(
        "{name}-{:06x}.pdf",
        crate::stable_hash(row_text) & 0xff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_start_after_commas_outside_quotes() {
        assert_eq!(cell_columns("Ana,\"vegan, strict\", 9"), vec![1, 5, 22]);
        assert_eq!(cell_columns(""), vec![1]);
    }
}
