"""The audit trail read as words: labels, names, 元, local time, and nothing that did not change."""

import json

from station.ui.audit_words import describe


def test_a_departure_entry_reads_as_words():
    after = {"kind": "escorted", "approved_by": 2, "cash_fen": 120050,
             "departed_at": "2026-10-14T01:00:00+00:00", "relative_id_number": "110101197603100019",
             "declaration_signed": False, "receiver": "关岭县救助管理站"}  # fmt: skip
    text = describe(None, json.dumps(after), {2: "赵站长"})
    assert "类别：护送返乡" in text and "批准人：赵站长" in text
    assert "现金 / 车票：1200.50 元" in text and "离站时间：2026-10-14 09:00" in text
    assert "110101197603100019" not in text and "接收单位：关岭县救助管理站" in text
    assert "False" not in text and "已签自行离站声明" not in text  # an empty fact is not news


def test_only_what_changed_is_said_and_internal_numbers_are_left_out():
    before = {"name": "罗某某", "decision": None}
    after = {"name": "罗某某", "decision": "confirmed", "reason": "家属辨认", "record_id": 8,
             "candidate": 3, "encoder": "dlib_resnet_v1", "sha256": "ab" * 32}  # fmt: skip
    text = describe(json.dumps(before), json.dumps(after))
    assert text == "判断：空 → 确认；原因：家属辨认"


def test_a_record_kept_with_an_entry_is_shown_in_brackets():
    after = {"name": "罗某某", "attempt": {"kind": "photo_search", "result": "confirmed",
                                          "channel": "关岭县走失人员", "reference": "8"},
             "kept_name_as": "placeholder"}  # fmt: skip
    text = describe(json.dumps({"name": "吴某某"}), json.dumps(after))
    assert text.startswith("姓名：吴某某 → 罗某某")
    assert "寻亲记录（类别：站内照片比对；结果：已确认；渠道：关岭县走失人员；编号：8）" in text
    assert "原来的姓名记为：代称" in text
