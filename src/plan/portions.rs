//! Portions and sides: once the week's dishes are chosen for the pillars, each day gets the
//! patient's portion of every meal (0.75 to 2 servings, in quarters) and a few simple sides, so
//! that energy lands within 10% of the target, protein reaches its target and salt stays under its
//! limit. The dishes never change here, so no pillar is given up for a number.

use serde::{Serialize, Serializer};

/// The patient's portion of a meal, in quarter servings (3 to 8: 0.75 to 2 servings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Portion(u8);

impl Portion {
    /// One serving.
    pub const ONE: Portion = Portion(4);
    /// The smallest portion: three quarters of a serving.
    pub const MIN: Portion = Portion(3);
    /// The largest portion: two servings.
    pub const MAX: Portion = Portion(8);

    /// A portion of `quarters` quarter servings, kept within 0.75 to 2 servings.
    pub fn quarters(quarters: u8) -> Portion {
        Portion(quarters.clamp(Self::MIN.0, Self::MAX.0))
    }

    /// Returns the number of quarter servings.
    pub fn in_quarters(self) -> u8 {
        self.0
    }

    /// Returns the portion in servings.
    pub fn servings(self) -> f64 {
        f64::from(self.0) / 4.0
    }

    /// Writes the portion as printed: "1 1/2 servings", "3/4 of a serving", "1 serving".
    pub fn words(self) -> String {
        let whole = self.0 / 4;
        let part = match self.0 % 4 {
            1 => "1/4",
            2 => "1/2",
            3 => "3/4",
            _ => "",
        };
        match (whole, part) {
            (0, p) => format!("{p} of a serving"),
            (1, "") => "1 serving".to_owned(),
            (w, "") => format!("{w} servings"),
            (w, p) => format!("{w} {p} servings"),
        }
    }
}

impl Serialize for Portion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.servings())
    }
}

/// What one serving of a dish brings, for the day's sums.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Dish {
    /// Energy, kcal.
    pub energy: f64,
    /// Protein, g.
    pub protein: f64,
    /// Salt, g.
    pub salt: f64,
    /// Fibre, g.
    pub fibre: f64,
    /// Calcium, mg.
    pub calcium: f64,
}

impl Dish {
    fn add(&mut self, other: &Dish, factor: f64) {
        self.energy += other.energy * factor;
        self.protein += other.protein * factor;
        self.salt += other.salt * factor;
        self.fibre += other.fibre * factor;
        self.calcium += other.calcium * factor;
    }
}

/// What a day should add up to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Needs {
    /// Energy, kcal; the rule is within 10% of it.
    pub energy: f64,
    /// Protein, g, at least.
    pub protein: f64,
    /// Salt, g, at most.
    pub salt_max: f64,
    /// Fibre, g, the reference (30 g in the UK).
    pub fibre: f64,
    /// Fibre, g, the planner's daily pillar (25 g).
    pub fibre_pillar: f64,
    /// Calcium, mg.
    pub calcium: f64,
}

/// How far energy may stray from the target: 10% either way.
pub const ENERGY_BAND: f64 = 0.10;
/// Says whether a day's energy is within 10% of the target: the planner's rule, the printed
/// "missed" and the measures all ask this.
pub fn energy_in_band(energy: f64, target: f64) -> bool {
    (energy - target).abs() <= target * ENERGY_BAND + 1e-9
}

/// Protein a main meal should hold, g, where the diet allows (PROT-AGE: 20-25 g).
pub const MAIN_MEAL_PROTEIN_G: f64 = 20.0;
/// Sides a day may have.
pub const MAX_SIDES_A_DAY: usize = 4;

// Weights: each rule outranks the aims below it (salt, then protein, then energy, then the
// fibre pillar, then the references and the aims of a tidy plate).
const W_SALT_PER_G: f64 = 1_000_000.0;
const W_PROTEIN_PER_G: f64 = 10_000.0;
const W_ENERGY_PER_KCAL: f64 = 100.0;
const W_FIBRE_PILLAR_PER_G: f64 = 50.0;
const W_MEAL_PROTEIN_PER_G: f64 = 20.0;
const W_FIBRE_PER_G: f64 = 10.0;
const W_CALCIUM_PER_MG: f64 = 0.3;
const W_ENERGY_OFF_CENTRE_PER_KCAL: f64 = 0.2;
const W_SIDE: f64 = 15.0;
const W_QUARTER_OFF_ONE: f64 = 6.0;

/// The day's choice: a portion for each meal, and the sides added (indices into the sides offered).
#[derive(Debug, Clone, PartialEq)]
pub struct Fill {
    /// The portion of each meal, in the day's meal order.
    pub portions: Vec<Portion>,
    /// The sides chosen, in the order they were added.
    pub sides: Vec<usize>,
}

/// Says how far a day's sums miss the needs; lower is better.
fn cost(total: &Dish, needs: &Needs, meal_protein_short: f64, sides: usize, off_one: u32) -> f64 {
    let (low, high) = (
        needs.energy * (1.0 - ENERGY_BAND),
        needs.energy * (1.0 + ENERGY_BAND),
    );
    let outside = (low - total.energy).max(total.energy - high).max(0.0);
    (total.salt - needs.salt_max).max(0.0) * W_SALT_PER_G
        + (needs.protein - total.protein).max(0.0) * W_PROTEIN_PER_G
        + outside * W_ENERGY_PER_KCAL
        + (needs.fibre_pillar - total.fibre).max(0.0) * W_FIBRE_PILLAR_PER_G
        + meal_protein_short * W_MEAL_PROTEIN_PER_G
        + (needs.fibre - total.fibre).max(0.0) * W_FIBRE_PER_G
        + (needs.calcium - total.calcium).max(0.0) * W_CALCIUM_PER_MG
        + (total.energy - needs.energy).abs() * W_ENERGY_OFF_CENTRE_PER_KCAL
        + sides as f64 * W_SIDE
        + f64::from(off_one) * W_QUARTER_OFF_ONE
}

/// Finds good portions for fixed sides: all meals start at the share of the energy target they
/// need, then one meal at a time moves a quarter up or down while that lowers the cost (the cost
/// is close to convex in each portion, so this lands where trying every combination would, at a
/// hundredth of the work). Returns the portions and their cost.
fn best_portions(
    meals: &[Dish],
    main: &[bool],
    base: &Dish,
    sides: usize,
    needs: &Needs,
) -> (Vec<Portion>, f64) {
    let eval = |q: &[u8]| {
        let mut total = *base;
        let mut short = 0.0;
        let mut off = 0u32;
        for (k, meal) in meals.iter().enumerate() {
            let factor = f64::from(q[k]) / 4.0;
            total.add(meal, factor);
            if main[k] {
                short += (MAIN_MEAL_PROTEIN_G - meal.protein * factor).max(0.0);
            }
            off += u32::from(q[k].abs_diff(Portion::ONE.0));
        }
        cost(&total, needs, short, sides, off)
    };
    let energy: f64 = meals.iter().map(|m| m.energy).sum();
    let start = if energy > 0.0 {
        (4.0 * (needs.energy - base.energy) / energy).round()
    } else {
        4.0
    };
    let start = start.clamp(f64::from(Portion::MIN.0), f64::from(Portion::MAX.0)) as u8;
    let mut q = vec![start; meals.len()];
    let mut current = eval(&q);
    loop {
        let mut improved = false;
        for k in 0..q.len() {
            for step in [1i8, -1] {
                let next = q[k].saturating_add_signed(step);
                if !(Portion::MIN.0..=Portion::MAX.0).contains(&next) {
                    continue;
                }
                let old = q[k];
                q[k] = next;
                let c = eval(&q);
                if c + 1e-9 < current {
                    current = c;
                    improved = true;
                } else {
                    q[k] = old;
                }
            }
        }
        if !improved {
            break;
        }
    }
    (q.into_iter().map(Portion).collect(), current)
}

/// Chooses the day's portions and sides: sides are added one at a time while one helps, each
/// time with the best portions for the sides so far.
pub fn fill(meals: &[Dish], main: &[bool], offered: &[Dish], needs: &Needs) -> Fill {
    let mut chosen: Vec<usize> = Vec::new();
    let mut base = Dish::default();
    let (mut portions, mut current) = best_portions(meals, main, &base, 0, needs);
    while chosen.len() < MAX_SIDES_A_DAY {
        let mut best: Option<(usize, Vec<Portion>, f64)> = None;
        for (s, side) in offered.iter().enumerate() {
            if chosen.contains(&s) {
                continue;
            }
            let mut with = base;
            with.add(side, 1.0);
            let (p, c) = best_portions(meals, main, &with, chosen.len() + 1, needs);
            if c < best.as_ref().map_or(current, |b| b.2) {
                best = Some((s, p, c));
            }
        }
        let Some((s, p, c)) = best else { break };
        base.add(&offered[s], 1.0);
        chosen.push(s);
        portions = p;
        current = c;
    }
    Fill {
        portions,
        sides: chosen,
    }
}

/// Sums a day: each meal at its portion, each side at one serving.
pub fn total(meals: &[Dish], portions: &[Portion], sides: &[Dish]) -> Dish {
    let mut t = Dish::default();
    for (m, p) in meals.iter().zip(portions) {
        t.add(m, p.servings());
    }
    for s in sides {
        t.add(s, 1.0);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portions_print_in_words() {
        assert_eq!(Portion::quarters(6).words(), "1 1/2 servings");
        assert_eq!(Portion::quarters(3).words(), "3/4 of a serving");
        assert_eq!(Portion::ONE.words(), "1 serving");
        assert_eq!(Portion::quarters(8).words(), "2 servings");
        assert_eq!(Portion::quarters(5).words(), "1 1/4 servings");
        assert_eq!(Portion::quarters(1), Portion::MIN);
        assert_eq!(Portion::quarters(20), Portion::MAX);
    }

    fn needs() -> Needs {
        Needs {
            energy: 2000.0,
            protein: 70.0,
            salt_max: 6.0,
            fibre: 30.0,
            fibre_pillar: 25.0,
            calcium: 700.0,
        }
    }

    fn dish(energy: f64, protein: f64, salt: f64) -> Dish {
        Dish {
            energy,
            protein,
            salt,
            fibre: 8.0,
            calcium: 150.0,
        }
    }

    #[test]
    fn a_small_day_is_scaled_up_to_the_targets() {
        let meals = [
            dish(350.0, 12.0, 0.5),
            dish(450.0, 18.0, 1.0),
            dish(500.0, 22.0, 1.2),
        ];
        let milk = Dish {
            energy: 160.0,
            protein: 8.0,
            salt: 0.3,
            fibre: 0.0,
            calcium: 300.0,
        };
        let fill = fill(&meals, &[true; 3], &[milk], &needs());
        let sides: Vec<Dish> = fill.sides.iter().map(|&s| [milk][s]).collect();
        let t = total(&meals, &fill.portions, &sides);
        assert!((1800.0..=2200.0).contains(&t.energy), "{t:?} {fill:?}");
        assert!(t.protein >= 70.0, "{t:?}");
        assert!(t.salt <= 6.0);
    }

    #[test]
    fn salt_wins_over_energy() {
        // Salty dishes: scaling up for energy would pass 6 g of salt, so the day stays small.
        let meals = [dish(400.0, 25.0, 2.5), dish(400.0, 25.0, 2.5)];
        let fill = fill(&meals, &[true; 2], &[], &needs());
        let t = total(&meals, &fill.portions, &[]);
        assert!(t.salt <= 6.0, "{t:?}");
    }
}
