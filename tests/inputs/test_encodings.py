import pytest

from storyline.inputs.encodings import REPLACED_UTF8, binary_kind, decode

NAME = "Juan Guaidó"


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n", "PDF"), (b"PK\x03\x04\x14\x00", "Office"), (b"\x1f\x8b\x08\x00", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office"), (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff\xe0", "JPEG"), (b"BZh91AY&SY", "bzip2"), (b"\x00\x00\x00\x18ftypmp42", "MP4"),
])
def test_encodings_binary_documents_are_recognised_by_signature(head, kind):
    assert kind in binary_kind(head)
    with pytest.raises(ValueError, match=kind):
        decode(head + b"Talks resumed in Oslo." * 10)


@pytest.mark.parametrize("text", ["BZh, said the minister.", "PKK fighters", "RIFFLE", "ID3 tags",
                                  "Talks."])
def test_encodings_text_that_starts_like_a_signature_is_text(text):
    assert decode(text.encode())[0] == text


def test_encodings_mixed_utf8_and_cp1252_lines_each_read_right():
    data = f"{NAME} said.\n".encode() + f"{NAME} spoke.\n".encode("cp1252") + NAME.encode()
    text, encoding = decode(data)
    assert text == f"{NAME} said.\n{NAME} spoke.\n{NAME}"
    assert encoding == "utf-8 and cp1252, line by line"


def test_encodings_utf8_with_a_stray_byte_keeps_its_utf8():
    text, encoding = decode(f"{NAME} said \xff".encode() .replace(b"\xc3\xbf", b"\xff"))
    assert text.startswith(NAME) and "\ufffd" in text and encoding == REPLACED_UTF8


def test_encodings_whole_cp1252_file_is_cp1252():
    assert decode(f"{NAME}\n{NAME}".encode("cp1252")) == (f"{NAME}\n{NAME}", "cp1252")
