#!/usr/bin/env python3
"""Writes src/test/resources/reports-unseen/: annual reports in layouts real government sites publish
(HTML tables with rowspan/colspan, tab-separated text, runs of spaces, flattened digits, printed sums that
disagree, a consecutive-year pair with a carry-over mismatch) and the expected JSON of each, computed here
from the numbers printed. Run once; the outputs are committed."""
import json, os, re
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "reports-unseen")
COLS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"]
OUT19 = ["granted", "partially_granted", "withheld_state_secret", "withheld_prohibited_by_law",
         "withheld_security_stability", "withheld_third_party", "withheld_internal_affairs",
         "withheld_process_info", "withheld_enforcement_file", "withheld_administrative_query",
         "unable_not_held", "unable_needs_creation", "unable_unclear", "rejected_complaint",
         "rejected_duplicate", "rejected_publication", "rejected_mass_repeated", "rejected_confirmation"]
OTHER21 = ["other_no_correction", "other_unpaid_fee", "other_other"]
LABEL = {"granted": ("（一）予以公开", ""), "partially_granted": ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
 "withheld_state_secret": ("（三）不予公开", "1.属于国家秘密"), "withheld_prohibited_by_law": ("", "2.其他法律行政法规禁止公开"),
 "withheld_security_stability": ("", "3.危及“三安全一稳定”"), "withheld_third_party": ("", "4.保护第三方合法权益"),
 "withheld_internal_affairs": ("", "5.属于三类内部事务信息"), "withheld_process_info": ("", "6.属于四类过程性信息"),
 "withheld_enforcement_file": ("", "7.属于行政执法案卷"), "withheld_administrative_query": ("", "8.属于行政查询事项"),
 "unable_not_held": ("（四）无法提供", "1.本机关不掌握相关政府信息"), "unable_needs_creation": ("", "2.没有现成信息需要另行制作"),
 "unable_unclear": ("", "3.补正后申请内容仍不明确"), "rejected_complaint": ("（五）不予处理", "1.信访举报投诉类申请"),
 "rejected_duplicate": ("", "2.重复申请"), "rejected_publication": ("", "3.要求提供公开出版物"),
 "rejected_mass_repeated": ("", "4.无正当理由大量反复申请"), "rejected_confirmation": ("", "5.要求行政机关确认或重新出具已获取信息"),
 "other": ("（六）其他处理", ""),
 "other_no_correction": ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
 "other_unpaid_fee": ("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
 "other_other": ("", "3.其他"), "total": ("（七）总计", "")}

def outcome_keys(t): return OUT19 + (["other"] if t == "2019" else OTHER21)

def requests(t, new, carried, outcomes):
    """new, carried: six applicant numbers; outcomes: {key: six numbers}; totals computed (consistent)."""
    def row(v): return dict(zip(COLS, list(v) + [sum(v)]))
    r = {"new_received": row(new), "carried_over": row(carried)}
    for k in outcome_keys(t):
        r[k] = row(outcomes.get(k, [0] * 6))
    r["total"] = {c: sum(r[k][c] for k in outcome_keys(t)) for c in COLS}
    r["carried_forward"] = {c: r["new_received"][c] + r["carried_over"][c] - r["total"][c] for c in COLS}
    assert all(v >= 0 for v in r["carried_forward"].values()), r["carried_forward"]
    return r

def reviews(rec, direct, after):
    def row(v): return dict(zip(["upheld", "corrected", "other", "pending", "total"], list(v) + [sum(v)]))
    return {"reconsideration": row(rec), "litigation_direct": row(direct), "litigation_after_reconsideration": row(after)}

def findings(t, req, rev):
    codes = set()
    rows = ["new_received", "carried_over"] + outcome_keys(t) + ["total", "carried_forward"]
    for k in rows:
        if sum(req[k][c] for c in COLS[:6]) != req[k]["total"]: codes.add("row_sum")
    for c in COLS:
        if sum(req[k][c] for k in outcome_keys(t)) != req["total"][c]: codes.add("column_sum")
        if req["new_received"][c] + req["carried_over"][c] != req["total"][c] + req["carried_forward"][c]: codes.add("balance")
    for v in rev.values():
        if v["upheld"] + v["corrected"] + v["other"] + v["pending"] != v["total"]: codes.add("review_sum")
    return sorted(codes)

def write(name, text, meta, pro, req, rev, inferred=(), extra_codes=()):
    codes = sorted(set(findings(meta["template"], req, rev)) | set(extra_codes))
    exp = dict(meta); exp.update({"proactive": pro, "requests": req, "reviews": rev,
               "inferred_at_least": list(inferred), "findings_at_least": codes})
    if text is not None:
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f: f.write(text)
    base = re.sub(r"\.(html|txt|docx)$", "", name)
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1); f.write("\n")

def req_rows(t, req):
    """(first label, second label, key) in printed order."""
    out = [("一、本年新收政府信息公开申请数量", "", "new_received"), ("二、上年结转政府信息公开申请数量", "", "carried_over")]
    for i, k in enumerate(outcome_keys(t) + ["total"]):
        a, b = LABEL[k]
        out.append(("三、本年度办理结果" if i == 0 else "", a + ("\t" if a and b else "") + b if False else (a, b), k))
    out.append(("四、结转下年度继续办理", "", "carried_forward"))
    return out

def flat_labels(t):
    rows = [("一、本年新收政府信息公开申请数量", "new_received"), ("二、上年结转政府信息公开申请数量", "carried_over")]
    for i, k in enumerate(outcome_keys(t) + ["total"]):
        a, b = LABEL[k]
        rows.append((("三、本年度办理结果" if i == 0 else "") + a + b, k))
    rows.append(("四、结转下年度继续办理", "carried_forward"))
    return rows

def n(v, blank_zero=False):
    if isinstance(v, float): return ("%.4f" % v).rstrip("0").rstrip(".")
    return "" if blank_zero and v == 0 else str(v)

INTRO = ("{unit}{year}年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
         "国务院办公厅政府信息与政务公开办公室有关要求编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
         "如对本报告有疑问，请与{unit}办公室联系（地址：{addr}；邮编：325000；电话：0577-88961234）。\n")

SEC1 = ("一、总体情况\n{year}年，{unit}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》，"
        "全年主动公开政府信息{info}条，其中政策文件{docs}件、政策解读{interp}篇，召开新闻发布会{press}场。\n"
        "（一）主动公开情况。围绕重点领域信息公开，及时发布财政预决算、重大建设项目等信息。\n"
        "（二）依申请公开情况。{year}年共收到政府信息公开申请{newtotal}件，均在法定期限内答复。\n"
        "（三）政府信息管理。严格落实公开属性源头认定，全年清理规范性文件{clean}件。\n"
        "（四）平台建设。政府门户网站全年发布信息{web}条，政务新媒体发布信息{wx}条。\n"
        "（五）监督保障。开展培训{train}次，参训人员{people}人次。\n")
SEC5 = ("五、政府信息公开工作存在的主要问题及改进情况\n一是公开内容不够全面；二是解读形式较为单一。下一步，"
        "将加强培训，提高公开质量。{prevyear}年度报告中提出的{n}项问题已全部整改。\n"
        "六、其他需要报告的事项\n本年度未收取信息处理费。本机关{year}年办理人大代表建议{sug}件、政协提案{prop}件。\n")

def sec1(m, req, **k):
    d = dict(info=3126, docs=41, interp=17, press=6, clean=12, web=2874, wx=1411, train=3, people=126)
    d.update(k)
    return SEC1.format(year=m["year"], unit=m["unit"], newtotal=req["new_received"]["total"], **d)

def sec5(m, **k):
    return SEC5.format(year=m["year"], prevyear=m["year"] - 1, n=k.get("n", 3), sug=k.get("sug", 12), prop=k.get("prop", 9))

# ---------------------------------------------------------------- proactive tables as printed lines
def pro_lines_2021(p, sep, head="（一）"):
    L = [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         ["规章"] + [n(p["regulations"][k]) for k in ("made", "repealed", "in_force")],
         ["行政规范性文件"] + [n(p["normative_documents"][k]) for k in ("made", "repealed", "in_force")],
         ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", n(p["licensing"]["decisions"])],
         ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", n(p["penalty"]["decisions"])],
         ["行政强制", n(p["coercion"]["decisions"])],
         ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", n(p["fees"]["amount_10k_yuan"])]]
    return [sep.join(r) for r in L]

def pro_lines_2019(p, sep):
    ch = lambda v: ("增" if v > 0 else "减" if v < 0 else "") + (str(abs(v)) if v else "0")
    L = [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
         ["规章"] + [n(p["regulations"][k]) for k in ("new_made", "new_published", "total_published")],
         ["规范性文件"] + [n(p["normative_documents"][k]) for k in ("new_made", "new_published", "total_published")],
         ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         ["行政许可", n(p["licensing"]["items_last_year"]), ch(p["licensing"]["change"]), n(p["licensing"]["decisions"])],
         ["其他对外管理服务事项", n(p["other_services"]["items_last_year"]), ch(p["other_services"]["change"]), n(p["other_services"]["decisions"])],
         ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         ["行政处罚", n(p["penalty"]["items_last_year"]), ch(p["penalty"]["change"]), n(p["penalty"]["decisions"])],
         ["行政强制", n(p["coercion"]["items_last_year"]), ch(p["coercion"]["change"]), n(p["coercion"]["decisions"])],
         ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"],
         ["行政事业性收费", n(p["fees"]["items_last_year"]), ch(p["fees"]["change"])],
         ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"],
         ["政府集中采购", n(p["procurement"]["projects"]), n(p["procurement"]["amount_10k_yuan"])]]
    return [sep.join(r) for r in L]

REQ_HEAD = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
def req_lines(t, req, sep, blank_zero=False, blanks=()):
    L = [[REQ_HEAD, "申请人情况"], ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
         ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    for i, (label, k) in enumerate(flat_labels(t)):
        cells = []
        for c in COLS:
            v = req[k][c]
            cells.append("" if f"{k}.{c}" in blanks else n(v, blank_zero))
        L.append([label] + cells)
    return [sep.join(r) for r in L]

def rev_lines(rev, sep):
    L = [["行政复议", "", "", "", "", "行政诉讼"],
         ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"],
         ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]]
    nums = []
    for k in ("reconsideration", "litigation_direct", "litigation_after_reconsideration"):
        nums += [n(rev[k][c]) for c in ("upheld", "corrected", "other", "pending", "total")]
    L.append(nums)
    return [sep.join(r) for r in L]

def text_report(m, pro, req, rev, sep, heads, date_top="", date_end="", blank_zero=False, blanks=(), **k):
    t = m["template"]
    h = heads
    parts = [INTRO.format(unit=m["unit"], year=m["year"], addr=k.get("addr", "宁川市行政中心")) ]
    if date_top: parts.append(date_top + "\n")
    parts.append(sec1(m, req).replace("一、总体情况", h[0]))
    parts.append(h[1] + "\n" + "\n".join(pro_lines_2021(pro, sep) if t == "2021" else pro_lines_2019(pro, sep)) + "\n")
    parts.append(h[2] + "\n" + "\n".join(req_lines(t, req, sep, blank_zero, blanks)) + "\n")
    parts.append(h[3] + "\n" + "\n".join(rev_lines(rev, sep)) + "\n")
    parts.append(sec5(m).replace("五、政府信息公开工作存在的主要问题及改进情况", h[4]).replace("六、其他需要报告的事项", h[5]))
    if date_end: parts.append("\n" + m["unit"] + "\n" + date_end + "\n")
    return "\n".join(parts)

HEADS_CN = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
HEADS_PART = ["第一部分 总体情况", "第二部分 主动公开政府信息情况", "第三部分 收到和处理政府信息公开申请情况",
              "第四部分 政府信息公开行政复议、行政诉讼情况", "第五部分 存在的主要问题及改进情况", "第六部分 其他需要报告的事项"]

# ---------------------------------------------------------------- HTML with rowspan/colspan header blocks
def td(v, rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f'<td{a} style="text-align:center"><p>{v}</p></td>'

def html_report(m, pro, req, rev, date_line, heads=HEADS_CN):
    t = m["template"]
    H = ['<html><head><meta charset="utf-8"><title>' + m["unit"] + str(m["year"]) + '年政府信息公开工作年度报告</title></head><body>',
         '<div class="nav">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
         f'<h1>{m["unit"]}{m["year"]}年政府信息公开工作年度报告</h1>',
         f'<div class="info"><span>{date_line}</span> <span>来源：{m["unit"]}</span> <span>浏览次数：1532</span></div>',
         '<div class="content">']
    for para in INTRO.format(unit=m["unit"], year=m["year"], addr="宁川市行政中心").split("\n")[2:]:
        if para: H.append(f"<p>{para}</p>")
    for para in sec1(m, req).replace("一、总体情况", heads[0]).split("\n"):
        if para: H.append(f"<p>{para}</p>")
    H.append(f"<p><strong>{heads[1]}</strong></p><table border=\"1\" cellspacing=\"0\"><tbody>")
    lines = pro_lines_2021(pro, "\t") if t == "2021" else pro_lines_2019(pro, "\t")
    width = 4
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) == 1:
            H.append("<tr>" + td(cells[0], 1, width) + "</tr>")
        elif len(cells) == 2 and width == 4:
            H.append("<tr>" + td(cells[0]) + td(cells[1], 1, 3) + "</tr>")
        elif len(cells) == 3:
            H.append("<tr>" + td(cells[0]) + td(cells[1]) + td(cells[2], 1, 2) + "</tr>")
        else:
            H.append("<tr>" + "".join(td(c) for c in cells) + "</tr>")
    H.append("</tbody></table>")
    # section 3
    H.append(f"<p><strong>{heads[2]}</strong></p><table border=\"1\"><tbody>")
    H.append("<tr>" + td(REQ_HEAD, 3, 3) + td("申请人情况", 1, 7) + "</tr>")
    H.append("<tr>" + td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2) + "</tr>")
    H.append("<tr>" + "".join(td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>")
    nums = lambda k: "".join(td(n(req[k][c])) for c in COLS)
    H.append("<tr>" + td("一、本年新收政府信息公开申请数量", 1, 3) + nums("new_received") + "</tr>")
    H.append("<tr>" + td("二、上年结转政府信息公开申请数量", 1, 3) + nums("carried_over") + "</tr>")
    keys = outcome_keys(t) + ["total"]
    groups = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3 if t == "2021" else 1}
    for i, k in enumerate(keys):
        a, b = LABEL[k]
        row = "<tr>" + (td("三、本年度办理结果", len(keys)) if i == 0 else "")
        if a and b:
            row += td(a, groups[a]) + td(b)
        elif a:
            row += td(a, 1, 2)
        else:
            row += td(b)
        H.append(row + nums(k) + "</tr>")
    H.append("<tr>" + td("四、结转下年度继续办理", 1, 3) + nums("carried_forward") + "</tr></tbody></table>")
    # section 4 as 15 columns under a three-row header block
    H.append(f"<p><strong>{heads[3]}</strong></p><table border=\"1\"><tbody>")
    H.append("<tr>" + td("行政复议", 1, 5) + td("行政诉讼", 1, 10) + "</tr>")
    H.append("<tr>" + "".join(td(x, 2) for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
             + td("未经复议直接起诉", 1, 5) + td("复议后起诉", 1, 5) + "</tr>")
    H.append("<tr>" + "".join(td(x) for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) + "</tr>")
    H.append("<tr>" + "".join(td(n(rev[k][c])) for k in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
                              for c in ("upheld", "corrected", "other", "pending", "total")) + "</tr></tbody></table>")
    for para in sec5(m).replace("五、政府信息公开工作存在的主要问题及改进情况", heads[4]).replace("六、其他需要报告的事项", heads[5]).split("\n"):
        if para: H.append(f"<p>{para}</p>")
    H.append('</div><div class="footer">主办单位：宁川市人民政府办公室 网站标识码：3303000001 浙ICP备05012345号</div></body></html>')
    return "\n".join(H) + "\n"

# ---------------------------------------------------------------- flattened page: each row's cells run together
def flat_report(m, pro, req, rev, date_end):
    t = m["template"]
    parts = [INTRO.format(unit=m["unit"], year=m["year"], addr="宁川市行政中心"), sec1(m, req), HEADS_CN[1]]
    parts += pro_lines_2021(pro, " ") if t == "2021" else pro_lines_2019(pro, " ")
    parts.append(HEADS_CN[2] + REQ_HEAD + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他")
    for label, k in flat_labels(t):
        parts.append(label + "".join(n(req[k][c]) for c in COLS))
    parts.append(HEADS_CN[3] + "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
                 "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计")
    parts.append("".join(n(rev[k][c]) for k in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")
                         for c in ("upheld", "corrected", "other", "pending", "total")))
    parts.append(sec5(m))
    parts.append(m["unit"] + "\n" + date_end)
    return "\n".join(parts) + "\n"

def pro21(made, rep, inforce, lic, pen, coe, fee):
    return {"regulations": {"made": 0, "repealed": 0, "in_force": 0},
            "normative_documents": {"made": made, "repealed": rep, "in_force": inforce},
            "licensing": {"decisions": lic}, "penalty": {"decisions": pen}, "coercion": {"decisions": coe},
            "fees": {"amount_10k_yuan": fee}}

def pro19(nd, lic, oth, pen, coe, fee, proc):
    return {"regulations": {"new_made": 0, "new_published": 0, "total_published": 0},
            "normative_documents": dict(zip(("new_made", "new_published", "total_published"), nd)),
            "licensing": dict(zip(("items_last_year", "change", "decisions"), lic)),
            "other_services": dict(zip(("items_last_year", "change", "decisions"), oth)),
            "penalty": dict(zip(("items_last_year", "change", "decisions"), pen)),
            "coercion": dict(zip(("items_last_year", "change", "decisions"), coe)),
            "fees": dict(zip(("items_last_year", "change"), fee)),
            "procurement": dict(zip(("projects", "amount_10k_yuan"), proc))}

def main():
    os.makedirs(OUT, exist_ok=True)
    # 1. a bureau's 2023 report as an HTML page: header blocks with rowspan/colspan, section 4 as 15 columns
    m = {"unit": "宁川市自然资源和规划局", "year": 2023, "template": "2021", "published": None, "posted": "2024-01-25"}
    req = requests("2021", [118, 9, 0, 0, 2, 3], [6, 1, 0, 0, 0, 0],
                   {"granted": [41, 3, 0, 0, 1, 1], "partially_granted": [12, 2, 0, 0, 0, 0],
                    "withheld_process_info": [3, 0, 0, 0, 0, 0], "withheld_third_party": [2, 0, 0, 0, 0, 0],
                    "unable_not_held": [38, 3, 0, 0, 1, 1], "unable_needs_creation": [4, 0, 0, 0, 0, 0],
                    "rejected_complaint": [5, 0, 0, 0, 0, 0], "rejected_duplicate": [3, 0, 0, 0, 0, 0],
                    "other_no_correction": [4, 1, 0, 0, 0, 0], "other_other": [2, 0, 0, 0, 0, 1]})
    rev = reviews([7, 2, 0, 1], [5, 1, 0, 2], [1, 0, 0, 0])
    write("101_html_bureau_2023.html", html_report(m, pro21(6, 2, 87, 1843, 215, 12, 36.42), req, rev,
          "发布时间：2024-01-25 09:30"), m, pro21(6, 2, 87, 1843, 215, 12, 36.42), req, rev)

    # 2. a district government's 2022 report as tab-separated text, 第一部分 headings, zeros left blank and
    #    one 总计 left blank (its row determines it)
    m = {"unit": "宁川市东湖区人民政府", "year": 2022, "template": "2021", "published": "2023-01-20"}
    req = requests("2021", [203, 14, 1, 0, 3, 6], [11, 2, 0, 0, 0, 1],
                   {"granted": [88, 6, 1, 0, 1, 2], "partially_granted": [17, 1, 0, 0, 0, 0],
                    "withheld_state_secret": [1, 0, 0, 0, 0, 0], "withheld_internal_affairs": [2, 0, 0, 0, 0, 0],
                    "withheld_administrative_query": [6, 0, 0, 0, 0, 0], "unable_not_held": [61, 5, 0, 0, 2, 3],
                    "unable_unclear": [3, 0, 0, 0, 0, 0], "rejected_complaint": [9, 1, 0, 0, 0, 0],
                    "rejected_mass_repeated": [4, 0, 0, 0, 0, 0], "other_no_correction": [7, 0, 0, 0, 0, 1],
                    "other_unpaid_fee": [1, 0, 0, 0, 0, 0], "other_other": [2, 1, 0, 0, 0, 0]})
    rev = reviews([12, 3, 1, 2], [9, 2, 0, 3], [2, 1, 0, 0])
    pro = pro21(14, 5, 162, 25631, 1877, 96, 1283.5)
    write("102_tsv_district_2022.txt", text_report(m, pro, req, rev, "\t", HEADS_PART, date_end="2023年1月20日",
          blank_zero=True, blanks=("unable_not_held.total",)), m, pro, req, rev, inferred=["requests.unable_not_held.total"])

    # 3. a street office's 2020 report (2019 format) with cells separated by runs of spaces
    m = {"unit": "宁川市东湖区城南街道办事处", "year": 2020, "template": "2019", "published": None, "posted": "2021-01-25"}
    req = requests("2019", [23, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0],
                   {"granted": [9, 1, 0, 0, 0, 0], "partially_granted": [2, 0, 0, 0, 0, 0],
                    "unable_not_held": [8, 0, 0, 0, 0, 0], "rejected_complaint": [2, 0, 0, 0, 0, 0], "other": [1, 0, 0, 0, 0, 0]})
    rev = reviews([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
    pro = pro19((2, 2, 19), (0, 0, 0), (12, -3, 386), (0, 0, 0), (0, 0, 0), (0, 0), (4, 36.8))
    write("103_spaces_street_2020.txt", text_report(m, pro, req, rev, "    ", HEADS_CN, date_top="日期：2021/01/25"),
          m, pro, req, rev)

    # 4. a 2024 report whose tables were flattened: each row's digits run together
    m = {"unit": "宁川市生态环境局", "year": 2024, "template": "2021", "published": "2025-01-15"}
    req = requests("2021", [64, 0, 0, 2, 0, 4], [3, 0, 0, 0, 0, 0],
                   {"granted": [21, 0, 0, 1, 0, 2], "partially_granted": [6, 0, 0, 0, 0, 0],
                    "withheld_process_info": [2, 0, 0, 0, 0, 0], "unable_not_held": [25, 0, 0, 1, 0, 1],
                    "rejected_duplicate": [3, 0, 0, 0, 0, 0], "other_other": [4, 0, 0, 0, 0, 0]})
    rev = reviews([3, 1, 0, 0], [2, 0, 0, 1], [0, 0, 0, 0])
    pro = pro21(3, 1, 42, 967, 388, 41, 0)
    write("104_flat_ecology_2024.txt", flat_report(m, pro, req, rev, "2025年1月15日"), m, pro, req, rev)

    # 5. a 2021 report whose printed sums disagree: read as printed, with findings
    m = {"unit": "宁川市市场监督管理局", "year": 2021, "template": "2021", "published": None, "posted": "2022-01-28"}
    req = requests("2021", [152, 31, 0, 0, 4, 2], [5, 1, 0, 0, 0, 0],
                   {"granted": [48, 12, 0, 0, 2, 1], "partially_granted": [9, 3, 0, 0, 0, 0],
                    "withheld_third_party": [4, 2, 0, 0, 0, 0], "unable_not_held": [66, 11, 0, 0, 2, 1],
                    "rejected_complaint": [14, 2, 0, 0, 0, 0], "other_no_correction": [6, 1, 0, 0, 0, 0]})
    req["new_received"]["total"] = 188              # printed; the row adds up to 189
    req["total"]["natural_person"] = 149            # printed; the column adds up to 147
    req["carried_forward"]["commercial"] = 3        # printed; 31 + 1 - 31 = 1
    rev = reviews([4, 1, 0, 0], [6, 2, 1, 1], [1, 0, 0, 0])
    rev["litigation_direct"]["total"] = 9           # printed; 6 + 2 + 1 + 1 = 10
    pro = pro21(8, 3, 71, 40215, 3362, 204, 0.6)
    write("105_tsv_sums_disagree_2021.txt", text_report(m, pro, req, rev, "\t", HEADS_CN, date_top="日期：2022/01/28"),
          m, pro, req, rev)

    # 6-7. two consecutive years of one unit; the 2023 report's 上年结转 does not match 2022's 结转下年度
    m22 = {"unit": "宁川市教育局", "year": 2022, "template": "2021", "published": None, "posted": "2023-01-16"}
    req22 = requests("2021", [47, 2, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0],
                     {"granted": [19, 1, 0, 0, 0, 1], "partially_granted": [3, 0, 0, 0, 0, 0],
                      "unable_not_held": [18, 1, 0, 0, 0, 0], "rejected_complaint": [4, 0, 0, 0, 0, 0]})
    rev22 = reviews([2, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0])
    pro22 = pro21(5, 0, 33, 312, 4, 0, 0)
    write("106_pair_education_2022.html", html_report(m22, pro22, req22, rev22, "发布日期：2023-01-16"), m22, pro22, req22, rev22)
    m23 = {"unit": "宁川市教育局", "year": 2023, "template": "2021", "published": "2024-01-19"}
    req23 = requests("2021", [58, 3, 0, 1, 0, 0], [4, 0, 0, 0, 0, 0],   # 2022 carried forward 5 natural persons
                     {"granted": [25, 2, 0, 1, 0, 0], "partially_granted": [4, 0, 0, 0, 0, 0],
                      "unable_not_held": [22, 1, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0],
                      "other_other": [3, 0, 0, 0, 0, 0]})
    assert req22["carried_forward"]["natural_person"] != req23["carried_over"]["natural_person"]
    rev23 = reviews([1, 1, 0, 0], [2, 0, 0, 0], [0, 0, 0, 0])
    pro23 = pro21(4, 2, 35, 298, 6, 0, 0)
    write("107_pair_education_2023.txt", text_report(m23, pro23, req23, rev23, "\t", HEADS_CN, date_end="2024年1月19日"),
          m23, pro23, req23, rev23, extra_codes=["carry_over_mismatch"])

    # 8. a county government's 2019 report (2019 format) as an HTML page
    m = {"unit": "宁川市西山县人民政府", "year": 2019, "template": "2019", "published": None, "posted": "2020-01-16"}
    req = requests("2019", [136, 12, 0, 1, 2, 5], [0, 0, 0, 0, 0, 0],
                   {"granted": [52, 5, 0, 1, 1, 2], "partially_granted": [11, 1, 0, 0, 0, 0],
                    "withheld_state_secret": [1, 0, 0, 0, 0, 0], "withheld_process_info": [5, 0, 0, 0, 0, 0],
                    "unable_not_held": [43, 4, 0, 0, 1, 2], "unable_unclear": [2, 0, 0, 0, 0, 0],
                    "rejected_complaint": [8, 1, 0, 0, 0, 0], "other": [6, 0, 0, 0, 0, 1]})
    rev = reviews([9, 2, 0, 1], [11, 3, 0, 2], [2, 0, 0, 1])
    pro = pro19((31, 31, 276), (611, 47, 83012), (902, -56, 120447), (2855, 21, 4412), (133, 0, 917), (37, -4), (1288, 176534.27))
    write("108_html_county_2019.html", html_report(m, pro, req, rev, "2020年1月16日", HEADS_PART), m, pro, req, rev)


# ---------------------------------------------------------------- Word file: the HTML page's tables as w:tbl
def docx_from_html(html, path):
    """A .docx whose paragraphs and tables are those of the page: colspan as gridSpan, rowspan as vMerge."""
    import html as H, zipfile
    from html.parser import HTMLParser
    class P(HTMLParser):
        def __init__(s):
            super().__init__(); s.items = []; s.table = None; s.cell = None; s.text = []; s.inbody = False
        def handle_starttag(s, tag, a):
            a = dict(a)
            if tag == "table": s.table = []
            elif tag == "tr": s.table.append([])
            elif tag == "td": s.cell = [int(a.get("rowspan", 1)), int(a.get("colspan", 1)), ""]
            elif tag in ("p", "h1") and s.cell is None: s.text = []
        def handle_endtag(s, tag):
            if tag == "table": s.items.append(("t", s.table)); s.table = None
            elif tag == "td": s.table[-1].append(s.cell); s.cell = None
            elif tag in ("p", "h1") and s.cell is None and s.table is None: s.items.append(("p", "".join(s.text)))
        def handle_data(s, d):
            if s.cell is not None: s.cell[2] += d
            else: s.text.append(d)
    p = P(); p.feed(html)
    esc = lambda t: H.escape(t, quote=False)
    para = lambda t: f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    body = []
    for kind, x in p.items:
        if kind == "p":
            if x.strip(): body.append(para(x.strip()))
            continue
        # place cells on a grid to know which positions a rowspan covers
        width = sum(c[1] for c in x[0])
        occupied = {}
        rows = []
        for r, row in enumerate(x):
            out, col = [], 0
            cells = iter(row)
            while col < width:
                if (r, col) in occupied:
                    cs = occupied[(r, col)]
                    out.append(("cont", cs, "")); col += cs; continue
                c = next(cells, None)
                if c is None: break
                rs, cs, t = c
                for k in range(1, rs): occupied[(r + k, col)] = cs
                out.append(("start" if rs > 1 else "one", cs, t.strip())); col += cs
            rows.append(out)
        tbl = ['<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders></w:tblPr>',
               "<w:tblGrid>" + '<w:gridCol w:w="600"/>' * width + "</w:tblGrid>"]
        for out in rows:
            tbl.append("<w:tr>")
            for kind2, cs, t in out:
                pr = (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + \
                     ('<w:vMerge w:val="restart"/>' if kind2 == "start" else '<w:vMerge/>' if kind2 == "cont" else "")
                tbl.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{para(t) if t else '<w:p/>'}</w:tc>")
            tbl.append("</w:tr>")
        tbl.append("</w:tbl>")
        body.append("".join(tbl))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + "".join(body)
           + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)

def more():
    # 9. a township's 2025 report as a Word file: merged header cells (gridSpan / vMerge), signed at the end
    m = {"unit": "宁川市西山县白水镇人民政府", "year": 2025, "template": "2021", "published": "2026-01-20"}
    req = requests("2021", [17, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0],
                   {"granted": [8, 1, 0, 0, 0, 0], "unable_not_held": [5, 0, 0, 0, 0, 0],
                    "rejected_complaint": [2, 0, 0, 0, 0, 0], "other_no_correction": [1, 0, 0, 0, 0, 0]})
    rev = reviews([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
    pro = pro21(2, 0, 11, 0, 37, 0, 0)
    html = html_report(m, pro, req, rev, "", HEADS_PART).replace("</div><div class=\"footer\">",
            "<p>" + m["unit"] + "</p><p>2026年1月20日</p></div><div class=\"footer\">")
    name = "109_docx_township_2025"
    docx_from_html(html, os.path.join(OUT, name + ".docx"))
    write(name + ".docx", None, m, pro, req, rev)

    # 10. a 2021 report still in the 2019 format, cells separated by runs of spaces, zeros left blank
    m = {"unit": "宁川市东湖区卫生健康局", "year": 2021, "template": "2019", "published": "2022-01-21"}
    req = requests("2019", [31, 2, 0, 0, 1, 0], [2, 0, 0, 0, 0, 0],
                   {"granted": [14, 1, 0, 0, 1, 0], "partially_granted": [3, 0, 0, 0, 0, 0],
                    "unable_not_held": [9, 1, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "other": [3, 0, 0, 0, 0, 0]})
    rev = reviews([2, 0, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0])
    pro = pro19((1, 1, 9), (46, 2, 5120), (18, 0, 2211), (12, -1, 88), (3, 0, 6), (2, 0), (37, 1502.4))
    write("110_spaces_blank_zeros_2021_in_2019_format.txt",
          text_report(m, pro, req, rev, "   ", HEADS_CN, date_end="2022年1月21日", blank_zero=True),
          m, pro, req, rev, extra_codes=["template_mismatch"])

    # 11. a 2019-format report of a big city flattened: multi-digit cells run together
    m = {"unit": "宁川市人民政府", "year": 2020, "template": "2019", "published": "2021-01-29"}
    req = requests("2019", [1203, 45, 0, 3, 12, 9], [37, 2, 0, 0, 1, 0],
                   {"granted": [402, 14, 0, 1, 4, 3], "partially_granted": [96, 5, 0, 0, 1, 1],
                    "withheld_state_secret": [2, 0, 0, 0, 0, 0], "withheld_prohibited_by_law": [5, 0, 0, 0, 0, 0],
                    "withheld_third_party": [11, 1, 0, 0, 0, 0], "withheld_process_info": [23, 2, 0, 0, 1, 0],
                    "withheld_enforcement_file": [8, 0, 0, 0, 0, 0], "withheld_administrative_query": [17, 1, 0, 0, 0, 0],
                    "unable_not_held": [451, 18, 0, 2, 5, 4], "unable_needs_creation": [26, 1, 0, 0, 0, 0],
                    "unable_unclear": [19, 0, 0, 0, 1, 0], "rejected_complaint": [61, 2, 0, 0, 0, 1],
                    "rejected_duplicate": [38, 1, 0, 0, 0, 0], "rejected_mass_repeated": [12, 0, 0, 0, 0, 0],
                    "rejected_confirmation": [3, 0, 0, 0, 0, 0], "other": [29, 2, 0, 0, 1, 0]})
    rev = reviews([58, 9, 3, 7], [41, 6, 2, 9], [12, 2, 0, 3])
    pro = pro19((22, 22, 318), (1146, 85, 215433), (1702, -120, 401286), (3290, 44, 12877), (156, 3, 2104), (48, -6), (3412, 258590.6))
    write("111_flat_city_2020.txt", flat_report(m, pro, req, rev, "2021年1月29日"), m, pro, req, rev)

    # 12. an HTML page whose zero cells are left blank (&nbsp;), whole rows and proactive rows included
    m = {"unit": "宁川市东湖区司法局", "year": 2023, "template": "2021", "published": None, "posted": "2024-01-22"}
    req = requests("2021", [42, 3, 0, 0, 1, 0], [1, 0, 0, 0, 0, 0],
                   {"granted": [15, 1, 0, 0, 1, 0], "partially_granted": [4, 0, 0, 0, 0, 0],
                    "unable_not_held": [12, 2, 0, 0, 0, 0], "rejected_complaint": [6, 0, 0, 0, 0, 0],
                    "other_other": [2, 0, 0, 0, 0, 0]})
    rev = reviews([1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0])
    pro = pro21(1, 0, 6, 0, 12, 0, 0)
    html = re.sub(r"<p>0</p>", "<p>&nbsp;</p>", html_report(m, pro, req, rev, "发布时间：2024-01-22"))
    write("112_html_blank_cells_2023.html", html, m, pro, req, rev)

    # 13. a flattened page whose printed sums disagree: the odd cell is read as printed, with findings
    m = {"unit": "宁川市东湖区住房和城乡建设局", "year": 2022, "template": "2021", "published": "2023-01-18"}
    req = requests("2021", [86, 7, 0, 0, 2, 1], [4, 0, 0, 0, 0, 0],
                   {"granted": [33, 2, 0, 0, 1, 0], "partially_granted": [8, 1, 0, 0, 0, 0],
                    "unable_not_held": [29, 3, 0, 0, 1, 1], "rejected_complaint": [9, 0, 0, 0, 0, 0],
                    "other_no_correction": [5, 1, 0, 0, 0, 0]})
    req["new_received"]["total"] = 95               # printed; the row adds up to 96
    rev = reviews([3, 1, 0, 1], [2, 0, 0, 1], [1, 0, 0, 0])
    pro = pro21(5, 2, 48, 3120, 57, 3, 12.8)
    write("113_flat_sums_disagree_2022.txt", flat_report(m, pro, req, rev, "2023年1月18日"), m, pro, req, rev)

    # 14. a 2019-format page writing changes as 增加 25, -30, +5, 减少 2
    m = {"unit": "宁川市南溪区人民政府", "year": 2019, "template": "2019", "published": "2020-01-20"}
    req = requests("2019", [120, 6, 0, 0, 1, 2], [0, 0, 0, 0, 0, 0],
                   {"granted": [60, 3, 0, 0, 1, 1], "unable_not_held": [40, 2, 0, 0, 0, 1], "other": [5, 0, 0, 0, 0, 0]})
    rev = reviews([3, 1, 0, 1], [2, 0, 0, 1], [1, 0, 0, 0])
    pro = pro19((12, 12, 140), (300, 25, 40000), (500, -30, 90000), (800, 5, 3000), (60, 0, 400), (20, -2), (500, 12000.5))
    t = text_report(m, pro, req, rev, "\t", HEADS_CN, date_end="2020年1月20日")
    t = t.replace("\t增25\t", "\t增加25\t").replace("\t减30\t", "\t-30\t").replace("\t增5\t", "\t+5\t").replace("\t减2", "\t减少2")
    write("114_tsv_signed_changes_2019.txt", t, m, pro, req, rev)

    # 15. a flattened page whose section-4 row has a 总计 that disagrees (and an outcome cell off by one)
    m = {"unit": "宁川市北港区交通运输局", "year": 2023, "template": "2021", "published": "2024-01-26"}
    req = requests("2021", [57, 4, 0, 0, 1, 2], [3, 0, 0, 0, 0, 0],
                   {"granted": [22, 2, 0, 0, 1, 1], "partially_granted": [5, 0, 0, 0, 0, 0],
                    "unable_not_held": [19, 1, 0, 0, 0, 1], "rejected_duplicate": [4, 0, 0, 0, 0, 0],
                    "other_other": [6, 1, 0, 0, 0, 0]})
    req["granted"]["natural_person"] = 23           # printed; its row and column add up otherwise
    rev = reviews([2, 0, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0])
    rev["reconsideration"]["total"] = 3             # printed; 2 + 0 + 0 + 0 = 2
    pro = pro21(2, 1, 19, 812, 96, 4, 0)
    write("115_flat_review_total_disagrees_2023.txt", flat_report(m, pro, req, rev, "2024年1月26日"), m, pro, req, rev)

main()
more()
