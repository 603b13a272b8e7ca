//! [`List`]: an ordered list of items that each carry a stable [`ItemId`], with the pure
//! operations the widget's reducer needs (add, update by id, remove with undo, re-order).
//!
//! Operations address items by id, never by position, so an action created from one render
//! still hits the right item after the list has changed. Operations that name an unknown id
//! change nothing and say so (`false` / `None`): a stale click is harmless.
//!
//! The items are shared between copies (copy on write): copying a plan copies no list, and a
//! change copies only the list it changes. The widget copies the plan on every keystroke, so a
//! keystroke in one goal of a 500-item plan copies the goals, not every item of the plan.

use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ItemId;

/// An item that has a stable id.
pub trait Identified {
    /// The item's id.
    fn id(&self) -> &ItemId;
}

/// An ordered list of identified items. Serialized as a plain JSON array.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", serde(transparent))]
pub struct List<T>(Rc<Vec<T>>);

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.as_slice().serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::deserialize(deserializer).map(|items| List(Rc::new(items)))
    }
}

/// An item taken out of a list, with where it was, so the removal can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed<T> {
    /// Where the item stood.
    pub index: usize,
    /// The item itself.
    pub item: T,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Self(Rc::new(Vec::new()))
    }
}

impl<T> List<T> {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// The items, in order.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T: Clone> List<T> {
    /// Gives back the items (copied if another copy of the list shares them).
    pub fn into_vec(self) -> Vec<T> {
        Rc::try_unwrap(self.0).unwrap_or_else(|shared| (*shared).clone())
    }

    /// The items, to change: copied first if another copy of the list shares them.
    fn items_mut(&mut self) -> &mut Vec<T> {
        Rc::make_mut(&mut self.0)
    }
}

impl<T: Identified> List<T> {
    /// Where the item with this id stands.
    pub fn position(&self, id: &ItemId) -> Option<usize> {
        self.0.iter().position(|item| item.id() == id)
    }

    /// The item with this id.
    pub fn get(&self, id: &ItemId) -> Option<&T> {
        self.0.iter().find(|item| item.id() == id)
    }

    /// Whether an item with this id is in the list.
    pub fn contains_id(&self, id: &ItemId) -> bool {
        self.get(id).is_some()
    }

    /// The ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = &ItemId> {
        self.0.iter().map(Identified::id)
    }
}

impl<T: Identified + Clone> List<T> {
    /// Adds an item at the end.
    pub fn push(&mut self, item: T) {
        self.items_mut().push(item);
    }

    /// Inserts an item at `index`, or at the end when `index` is past it.
    pub fn insert(&mut self, index: usize, item: T) {
        let index = index.min(self.0.len());
        self.items_mut().insert(index, item);
    }

    /// Changes the item with this id in place. Returns whether it was found.
    pub fn update(&mut self, id: &ItemId, change: impl FnOnce(&mut T)) -> bool {
        let Some(index) = self.position(id) else {
            return false;
        };
        match self.items_mut().get_mut(index) {
            Some(item) => {
                change(item);
                true
            }
            None => false,
        }
    }

    /// Puts `item` where the item with the same id stands, returning the old one; if there is
    /// none, nothing changes and the new item is handed back as `Err`.
    pub fn replace(&mut self, item: T) -> Result<T, T> {
        match self.position(item.id()) {
            Some(index) => Ok(std::mem::replace(&mut self.items_mut()[index], item)),
            None => Err(item),
        }
    }

    /// Takes out the item with this id, returning it and where it stood (for undo).
    pub fn remove(&mut self, id: &ItemId) -> Option<Removed<T>> {
        let index = self.position(id)?;
        let item = self.items_mut().remove(index);
        Some(Removed { index, item })
    }

    /// Undoes a [`remove`](Self::remove): puts the item back where it stood (or at the end if the
    /// list has since become shorter).
    pub fn restore(&mut self, removed: Removed<T>) {
        self.insert(removed.index, removed.item);
    }

    /// Moves the item one place towards the start. Returns whether it moved.
    pub fn move_up(&mut self, id: &ItemId) -> bool {
        match self.position(id) {
            Some(index) if index > 0 => {
                self.items_mut().swap(index, index - 1);
                true
            }
            _ => false,
        }
    }

    /// Moves the item one place towards the end. Returns whether it moved.
    pub fn move_down(&mut self, id: &ItemId) -> bool {
        match self.position(id) {
            Some(index) if index + 1 < self.0.len() => {
                self.items_mut().swap(index, index + 1);
                true
            }
            _ => false,
        }
    }

    /// Moves the item to `index` (clamped to the last place), shifting the others. Returns
    /// whether it moved.
    pub fn move_to(&mut self, id: &ItemId, index: usize) -> bool {
        let Some(from) = self.position(id) else {
            return false;
        };
        let to = index.min(self.0.len().saturating_sub(1));
        if from == to {
            return false;
        }
        let items = self.items_mut();
        let item = items.remove(from);
        items.insert(to, item);
        true
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        Self(Rc::new(items))
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Self(Rc::new(items.into_iter().collect()))
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Clone> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Item(ItemId, &'static str);

    impl Identified for Item {
        fn id(&self) -> &ItemId {
            &self.0
        }
    }

    fn id(name: &str) -> ItemId {
        ItemId::new(name)
    }

    fn list(names: &[&'static str]) -> List<Item> {
        names.iter().map(|name| Item(id(name), name)).collect()
    }

    fn names(list: &List<Item>) -> Vec<&'static str> {
        list.iter().map(|item| item.1).collect()
    }

    fn check(start: &[&'static str], operation: impl FnOnce(&mut List<Item>), expected: &[&str]) {
        let mut items = list(start);
        operation(&mut items);
        assert_eq!(names(&items), expected);
    }

    #[test]
    fn reorders_by_id() {
        check(
            &["a", "b", "c"],
            |l| assert!(l.move_up(&id("b"))),
            &["b", "a", "c"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(!l.move_up(&id("a"))),
            &["a", "b", "c"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(l.move_down(&id("b"))),
            &["a", "c", "b"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(!l.move_down(&id("c"))),
            &["a", "b", "c"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(l.move_to(&id("c"), 0)),
            &["c", "a", "b"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(l.move_to(&id("a"), 99)),
            &["b", "c", "a"],
        );
        check(
            &["a", "b", "c"],
            |l| assert!(!l.move_to(&id("x"), 0)),
            &["a", "b", "c"],
        );
    }

    #[test]
    fn adds_updates_and_replaces_by_id() {
        check(&["a"], |l| l.push(Item(id("b"), "b")), &["a", "b"]);
        check(
            &["a", "b"],
            |l| l.insert(1, Item(id("x"), "x")),
            &["a", "x", "b"],
        );
        check(
            &["a", "b"],
            |l| l.insert(9, Item(id("x"), "x")),
            &["a", "b", "x"],
        );
        check(
            &["a", "b"],
            |l| assert!(l.update(&id("b"), |i| i.1 = "B")),
            &["a", "B"],
        );
        check(
            &["a", "b"],
            |l| assert!(!l.update(&id("x"), |i| i.1 = "X")),
            &["a", "b"],
        );
        check(
            &["a", "b"],
            |l| assert!(l.replace(Item(id("a"), "A")).is_ok()),
            &["A", "b"],
        );
        check(
            &["a", "b"],
            |l| assert!(l.replace(Item(id("x"), "X")).is_err()),
            &["a", "b"],
        );
    }

    #[test]
    fn copies_share_their_items_until_one_is_changed() {
        let original = list(&["a", "b"]);
        let mut copy = original.clone();
        assert_eq!(original.as_slice().as_ptr(), copy.as_slice().as_ptr());
        // An unknown id changes nothing, and copies nothing.
        assert!(!copy.update(&id("x"), |i| i.1 = "X"));
        assert_eq!(original.as_slice().as_ptr(), copy.as_slice().as_ptr());
        assert!(copy.update(&id("a"), |i| i.1 = "A"));
        assert_ne!(original.as_slice().as_ptr(), copy.as_slice().as_ptr());
        assert_eq!(names(&original), ["a", "b"]);
        assert_eq!(names(&copy), ["A", "b"]);
        assert_eq!(copy.clone().into_vec().len(), 2);
    }

    #[test]
    fn remove_then_restore_is_undo() {
        let mut items = list(&["a", "b", "c"]);
        let removed = items.remove(&id("b")).expect("b is there");
        assert_eq!(removed.index, 1);
        assert_eq!(names(&items), ["a", "c"]);
        assert!(items.remove(&id("b")).is_none());
        items.restore(removed);
        assert_eq!(items, list(&["a", "b", "c"]));
    }

    #[test]
    fn serializes_as_a_plain_array() {
        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        struct Note {
            id: ItemId,
        }
        let notes: List<Note> = vec![Note { id: id("n1") }].into();
        let json = serde_json::to_value(&notes).expect("serializes");
        assert_eq!(json, serde_json::json!([{"id": "n1"}]));
        let back: List<Note> = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, notes);
    }
}
