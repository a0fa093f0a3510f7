//! Closed sets of names (meals, diets, allergens, tag levels) that read from YAML with typo hints.

/// Defines a fieldless enum whose variants have a canonical name and aliases, and which reads and
/// writes as that name. Unknown names fail with a "did you mean" and the list of known names.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident as $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = [$canonical:literal $(, $alias:literal)* $(,)?] ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Returns the name used in files.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $canonical),+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(text: &str) -> Result<Self, String> {
                let lower = text.trim().to_lowercase().replace(['_', ' '], "-");
                match lower.as_str() {
                    $($canonical $(| $alias)* => return Ok($name::$variant),)+
                    _ => {}
                }
                let all = [$($canonical $(, $alias)*),+];
                let suggestion = $crate::diag::did_you_mean(&lower, all)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                Err(format!(
                    concat!("unknown ", $what, " `{}`{}\nhint: use one of {}"),
                    text,
                    suggestion,
                    [$($canonical),+].join(", ")
                ))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                // Every spelling the reader accepts, canonical names first.
                let mut names: Vec<&str> = vec![$($canonical),+];
                let aliases: &[&str] = &[$($($alias,)*)+];
                names.extend_from_slice(aliases);
                schemars::json_schema!({
                    "type": "string",
                    "enum": names,
                    "description": concat!("One ", $what, " name: ", $(concat!("`", $canonical, "` ")),+, "(aliases accepted)."),
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }
    };
}

pub(crate) use named_enum;
