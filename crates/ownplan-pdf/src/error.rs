//! [`PdfError`]: why a copy could not be made, or why no signed document could be taken out of a
//! PDF. Each error has a message id for the widget's translations.

/// Why a copy could not be made, or a signed document not taken out of a PDF.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// `make_pdf` was given signed bytes that are not the verified document it was given.
    #[error("the signed bytes are not the verified document")]
    NotTheVerifiedDocument,
    /// `make_pdf_from_signed` was given a document that does not verify.
    #[error("the document does not verify: {0}")]
    DocumentInvalid(String),
    /// The file is larger than a copy can be.
    #[error("the PDF is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is not a PDF (it does not start with `%PDF-`).
    #[error("the file is not a PDF")]
    NotAPdf,
    /// The PDF's structure could not be read (truncated, damaged or of a form not accepted).
    #[error("the PDF cannot be read: {0}")]
    Malformed(&'static str),
    /// The PDF carries no embedded document.
    #[error("the PDF carries no embedded plan document")]
    NoEmbeddedDocument,
    /// The PDF carries more than one embedded file, so which one is the plan is unclear.
    #[error("the PDF carries {count} embedded files; a plan copy carries exactly one")]
    SeveralEmbeddedDocuments {
        /// How many.
        count: usize,
    },
    /// The embedded file is compressed or encoded in a way not accepted.
    #[error("the embedded document is stored with a filter that is not accepted ({0})")]
    UnsupportedFilter(String),
    /// The embedded file is larger than a plan document can be.
    #[error("the embedded document is larger than {limit} bytes")]
    EmbeddedTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl PdfError {
    /// The message id of this error, for translations.
    pub fn message_id(&self) -> &'static str {
        match self {
            PdfError::NotTheVerifiedDocument => "error-pdf-not-the-document",
            PdfError::DocumentInvalid(_) => "error-pdf-document-invalid",
            PdfError::TooLarge { .. } => "error-pdf-too-large",
            PdfError::NotAPdf => "error-pdf-not-a-pdf",
            PdfError::Malformed(_) => "error-pdf-malformed",
            PdfError::NoEmbeddedDocument => "error-pdf-no-document",
            PdfError::SeveralEmbeddedDocuments { .. } => "error-pdf-several-documents",
            PdfError::UnsupportedFilter(_) => "error-pdf-unsupported-filter",
            PdfError::EmbeddedTooLarge { .. } => "error-pdf-document-too-large",
        }
    }
}
