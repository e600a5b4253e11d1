//! A news article as read: id, text and the metadata a corpus line may carry.

use serde::{Deserialize, Serialize};

/// One article. Offsets everywhere refer to `text` exactly as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// File stem for a text file, the `id` field of a JSON Lines article.
    pub id: String,
    /// The article text.
    pub text: String,
    /// Headline, when the corpus gives one separately.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Source address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Document {
    /// A document with only an id and text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), title: None, date: None, url: None }
    }
}
