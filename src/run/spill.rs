//! One document's records of one kind as JSON lines ready to be written: kept in memory while
//! they are small, moved to an anonymous temporary file once they outgrow
//! [`SPILL_BYTES`], so a document dense with names costs the output folder its records, not
//! the memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

use serde::Serialize;

use crate::pipeline::RecordSink;
use crate::record::{ClaimRecord, ExplainLine, MentionRecord};
use crate::run::encode::{claim_json, mention_json};
use crate::run::relations::DocumentRelations;

/// Bytes of lines kept in memory before they move to a temporary file.
pub const SPILL_BYTES: usize = 1 << 20;

/// JSON lines, each ending in a newline, counted.
#[derive(Debug, Default)]
pub struct RecordLines {
    memory: Vec<u8>,
    file: Option<BufWriter<File>>,
    lines: usize,
}

impl RecordLines {
    /// No lines.
    pub fn new() -> RecordLines {
        RecordLines::default()
    }

    /// Lines already encoded (whole lines, each ending in a newline), kept in memory.
    pub fn from_bytes(bytes: Vec<u8>) -> RecordLines {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count();
        RecordLines {
            memory: bytes,
            file: None,
            lines,
        }
    }

    /// Appends one record as one line.
    ///
    /// # Errors
    /// When the record cannot be encoded or the temporary file written.
    pub fn push<T: Serialize>(&mut self, record: &T) -> io::Result<()> {
        self.push_encoded(|out| Ok(serde_json::to_writer(out, record)?))
    }

    /// Appends one line, which `encode` appends to the buffer it is given (without the
    /// newline).
    ///
    /// # Errors
    /// When `encode` fails or the temporary file cannot be written.
    pub fn push_encoded(
        &mut self,
        encode: impl FnOnce(&mut Vec<u8>) -> io::Result<()>,
    ) -> io::Result<()> {
        // Once the lines are in a file, `memory` holds only the line being written. A line
        // that fails to encode leaves nothing behind.
        let mark = self.memory.len();
        if let Err(error) = encode(&mut self.memory) {
            self.memory.truncate(mark);
            return Err(error);
        }
        self.memory.push(b'\n');
        match &mut self.file {
            Some(file) => {
                let written = file.write_all(&self.memory);
                self.memory.clear();
                written?;
            }
            None if self.memory.len() > SPILL_BYTES => {
                let mut file = BufWriter::new(tempfile::tempfile()?);
                file.write_all(&self.memory)?;
                self.memory = Vec::new();
                self.file = Some(file);
            }
            None => {}
        }
        self.lines += 1;
        Ok(())
    }

    /// How many lines there are.
    pub fn len(&self) -> usize {
        self.lines
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.lines == 0
    }

    /// Writes every line to `out`, in order.
    ///
    /// # Errors
    /// When the temporary file cannot be read back or `out` written.
    pub fn copy_to(self, out: &mut impl Write) -> io::Result<()> {
        match self.file {
            None => out.write_all(&self.memory),
            Some(file) => {
                io::copy(&mut rewound(file)?, out)?;
                Ok(())
            }
        }
    }

    /// Calls `each` with every line, in order, without its newline, stopping at its first
    /// error (the inner result).
    ///
    /// # Errors
    /// When the temporary file cannot be read back.
    pub fn try_for_each_line<E>(
        &mut self,
        mut each: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> io::Result<Result<(), E>> {
        let Some(file) = self.file.take() else {
            return Ok(self
                .memory
                .split(|&b| b == b'\n')
                .filter(|line| !line.is_empty())
                .try_for_each(each));
        };
        let mut reader = rewound(file)?;
        let mut line = Vec::new();
        let mut result = Ok(());
        while result.is_ok() {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            if !line.is_empty() {
                result = each(&line);
            }
        }
        // Rewound again by whoever reads next.
        self.file = Some(BufWriter::new(reader.into_inner()));
        Ok(result)
    }
}

/// A document's records encoded as they are made, one [`RecordLines`] per output file.
#[derive(Debug, Default)]
pub struct EncodedRecords {
    /// Its `mentions.jsonl` lines.
    pub mentions: RecordLines,
    /// Its `claims.jsonl` lines.
    pub claims: RecordLines,
    /// Its `explain.jsonl` lines.
    pub explain: RecordLines,
    /// What the relations take from its claims.
    pub relations: DocumentRelations,
    /// The first record that could not be kept.
    error: Option<io::Error>,
}

impl EncodedRecords {
    /// The records, or the error that lost one of them.
    ///
    /// # Errors
    /// The first error encoding or spilling a record.
    pub fn finish(self) -> io::Result<EncodedRecords> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(self),
        }
    }

    fn keep(&mut self, kept: io::Result<()>) {
        if let Err(error) = kept {
            self.error.get_or_insert(error);
        }
    }
}

impl RecordSink for EncodedRecords {
    fn mention(&mut self, record: &MentionRecord) {
        let kept = self.mentions.push_encoded(|out| {
            mention_json(out, record);
            Ok(())
        });
        self.keep(kept);
    }

    fn claim(&mut self, record: ClaimRecord) {
        self.relations.push(&record);
        let kept = self.claims.push_encoded(|out| {
            claim_json(out, &record);
            Ok(())
        });
        self.keep(kept);
    }

    fn explain(&mut self, line: ExplainLine) {
        let kept = self.explain.push(&line);
        self.keep(kept);
    }
}

/// The temporary file, flushed, for reading from its start.
fn rewound(file: BufWriter<File>) -> io::Result<BufReader<File>> {
    let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.rewind()?;
    Ok(BufReader::new(file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::run::relations::RelationClaim;

    fn json_lines<T: Serialize>(records: &[T]) -> String {
        records
            .iter()
            .map(|r| serde_json::to_string(r).unwrap() + "\n")
            .collect()
    }

    fn lines_of(mut lines: RecordLines) -> (Vec<String>, Vec<u8>) {
        let mut seen = Vec::new();
        lines
            .try_for_each_line(|line| {
                seen.push(String::from_utf8(line.to_vec()).unwrap());
                Ok::<_, ()>(())
            })
            .unwrap()
            .unwrap();
        let mut copied = Vec::new();
        lines.copy_to(&mut copied).unwrap();
        (seen, copied)
    }

    #[test]
    fn small_records_stay_in_memory_and_read_back_in_order() {
        let mut lines = RecordLines::new();
        lines.push(&serde_json::json!({"a": 1})).unwrap();
        lines.push(&serde_json::json!({"b": "two"})).unwrap();
        assert!(lines.file.is_none());
        assert_eq!(lines.len(), 2);
        let (seen, copied) = lines_of(lines);
        assert_eq!(seen, [r#"{"a":1}"#, r#"{"b":"two"}"#]);
        assert_eq!(copied, b"{\"a\":1}\n{\"b\":\"two\"}\n");
    }

    #[test]
    fn records_past_the_bound_move_to_a_file_and_lose_nothing() {
        let mut lines = RecordLines::new();
        let record = serde_json::json!({"text": "x".repeat(1000)});
        let count = SPILL_BYTES / 1000 + 50;
        for _ in 0..count {
            lines.push(&record).unwrap();
        }
        assert!(
            lines.file.is_some(),
            "past {SPILL_BYTES} bytes the lines are in a file"
        );
        assert!(lines.memory.is_empty());
        assert_eq!(lines.len(), count);
        let expected = format!("{record}\n").repeat(count);
        // Read twice: the claims are read for the relations, then copied.
        let (seen, copied) = lines_of(lines);
        assert_eq!(seen.len(), count);
        let one = record.to_string();
        assert!(seen.iter().all(|line| *line == one));
        assert_eq!(String::from_utf8(copied).unwrap(), expected);
    }

    #[test]
    fn a_document_encoded_as_it_is_processed_gives_the_lines_of_its_records() {
        let pipeline = crate::Pipeline::new(crate::gazetteer::Gazetteer::builtin().unwrap())
            .with_explain(true);
        let text = "The Vendari Space Agency and NASA signed an agreement with ESA in May.";
        let doc = crate::text::ingest::invented(text);
        let output = pipeline.process(&doc);
        let mut encoded = EncodedRecords::default();
        let (document, signature) = pipeline.process_into(
            &doc,
            &mut crate::pipeline::StageTimes::default(),
            &mut encoded,
        );
        let encoded = encoded.finish().unwrap();
        assert_eq!((document, signature), (output.document, output.signature));
        assert_eq!(encoded.mentions.len(), 3);
        assert_eq!(encoded.claims.len(), 1);
        assert!(!encoded.explain.is_empty());
        // What the relations take from the claims, made beside their lines: the same as
        // reading the lines back.
        let read_back: Vec<RelationClaim> = output.claims.iter().map(RelationClaim::of).collect();
        assert_eq!(encoded.relations.claims().collect::<Vec<_>>(), read_back);
        for (got, want) in [
            (encoded.mentions, json_lines(&output.mentions)),
            (encoded.claims, json_lines(&output.claims)),
            (encoded.explain, json_lines(&output.explain)),
        ] {
            let mut copied = Vec::new();
            got.copy_to(&mut copied).unwrap();
            assert_eq!(String::from_utf8(copied).unwrap(), want);
        }
    }

    #[test]
    fn encoded_lines_are_counted() {
        let lines = RecordLines::from_bytes(b"{}\n{}\n{}\n".to_vec());
        assert_eq!(lines.len(), 3);
        assert!(!lines.is_empty());
        assert!(RecordLines::from_bytes(Vec::new()).is_empty());
    }
}
