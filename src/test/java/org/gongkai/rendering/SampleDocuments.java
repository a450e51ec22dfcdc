package org.gongkai.rendering;

/** Documents like those the platform renders: a reply letter and a national-format table with merged headers. */
final class SampleDocuments {

    private SampleDocuments() {}

    static final String LETTER = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"/><title>告知书</title></head>
            <body>
              <h1 style="text-align: center">政府信息公开申请答复告知书</h1>
              <p style="text-align:right">示政公开〔2024〕第 12 号</p>
              <p>张三：</p>
              <p>本机关于 2024 年 9 月 27 日收到您的政府信息公开申请。经审查，<strong>您申请的信息予以公开</strong>，
                 现将有关情况告知如下。<br/>依据《中华人民共和国政府信息公开条例》第三十六条第（二）项。</p>
              <ul><li>城关镇老旧小区改造项目资金使用情况</li><li>项目验收报告</li></ul>
              <table>
                <thead>
                  <tr><th rowspan="2">项目</th><th colspan="2">资金（万元）</th></tr>
                  <tr><th>预算</th><th>实际</th></tr>
                </thead>
                <tbody>
                  <tr><td>城关镇一期</td><td>120</td><td>118</td></tr>
                  <tr><td>城关镇二期</td><td>80</td><td>83</td></tr>
                </tbody>
              </table>
              <p style="text-align:right">示例县人民政府办公室<br/>2024 年 10 月 30 日</p>
            </body></html>
            """;

    /** The 2021 format's section 3 header: three header rows, merged both ways. */
    static final String REPORT_TABLE = """
            <html><head><title>年报</title></head><body>
            <h2>三、收到和处理政府信息公开申请情况</h2>
            <table>
              <thead>
                <tr><th colspan="2" rowspan="3">本列数据的勾稽关系</th><th colspan="7">申请人情况</th></tr>
                <tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
                <tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
              </thead>
              <tbody>
                <tr><td colspan="2">一、本年新收申请数量</td><td>410</td><td>21</td><td>2</td><td>3</td><td>4</td><td>10</td><td>450</td></tr>
                <tr><td colspan="2">二、上年结转申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
                <tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>200</td><td>10</td><td>1</td><td>1</td><td>2</td><td>5</td><td>219</td></tr>
                <tr><td>（二）部分公开</td><td>50</td><td>3</td><td>0</td><td>1</td><td>0</td><td>1</td><td>55</td></tr>
              </tbody>
            </table>
            </body></html>
            """;
}
