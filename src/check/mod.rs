//! The checks a loaded recipe goes through before any plan is made: what each tag means and
//! whether the recipe earns it ([`nutrition`], from [`nutrients`] totals), food-safety risks
//! ([`safety`]), and whether every printed field can be printed at all ([`printed`]).

pub mod listing;
pub mod nutrients;
pub mod nutrition;
pub mod printed;
pub mod safety;
