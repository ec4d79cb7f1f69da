// People: names introduced by a title, a speech verb or an honorific, in Chinese and English.
export { findPeople, createPersonRecognizer, personRecognizer } from "./recognize.js";
