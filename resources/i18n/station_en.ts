<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>BelongingsTable</name>
    <message>
        <source>物品名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>添加物品</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>请让人员正对镜头，光线充足，不戴帽子和墨镜。</source>
        <translation>Have the person face the camera in good light, without hat or sunglasses.</translation>
    </message>
    <message>
        <source>拍照 (空格)</source>
        <translation>Take photo (Space)</translation>
    </message>
    <message>
        <source>无法保存照片到 {path}</source>
        <translation>Cannot save the photo to {path}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Station 遇到了一个程序错误。已保存的数据不受影响，未保存的输入可能需要重新填写。请把下面的报告复制给技术支持人员。</source>
        <translation>Station ran into a program error. Saved data is not affected; unsaved input may have to be entered again. Please copy the report below to technical support.</translation>
    </message>
    <message>
        <source>报告也已写入日志文件：{path}</source>
        <translation>The report was also written to the log file: {path}</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>编辑资料</source>
        <translation>Edit details</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the action</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>创建管理员账号</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <source>这是一个新的工作站数据库。请先创建第一个管理员账号，之后可用它为其他工作人员开设账号。</source>
        <translation>This is a new station database. Create the first administrator account; it can then open accounts for other staff.</translation>
    </message>
    <message>
        <source>例如：王站长</source>
        <translation>e.g. Director Wang</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>衣着颜色、款式、鞋子</source>
        <translation>Colours and style of clothes, shoes</translation>
    </message>
    <message>
        <source>意识、伤病、精神状态、是否需要送医</source>
        <translation>Consciousness, injuries, mental state, whether hospital care is needed</translation>
    </message>
    <message>
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>例如：火车站南广场候车区</source>
        <translation>e.g. south square of the railway station</translation>
    </message>
    <message>
        <source>单位及经办人，例如：站前派出所 刘警官</source>
        <translation>Organisation and person, e.g. Station Square police, Officer Liu</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>入站情况</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>发现地点</source>
        <translation>Found where</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>送站人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>送站单位 / 姓名</source>
        <translation>Brought by (organisation / name)</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>衣着</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>入站健康状况</source>
        <translation>Health on arrival</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>随身物品（代为保管）</source>
        <translation>Belongings (in custody)</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save intake</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>再次入站：{name}（上次案件编号 {case}）。个人资料沿用档案，如需修改请在档案页点“编辑资料”。</source>
        <translation>Repeat admission: {name} (last case number {case}). The person&apos;s details come from the case file; to change them use &quot;Edit details&quot; there.</translation>
    </message>
    <message>
        <source>未保存：请改正标红的 {n} 处</source>
        <translation>Not saved: please correct the {n} places marked in red</translation>
    </message>
    <message>
        <source>清空后已填写的内容将丢失，确定清空吗？</source>
        <translation>Everything entered will be lost. Clear the form?</translation>
    </message>
    <message>
        <source>放弃登记？</source>
        <translation>Discard intake?</translation>
    </message>
    <message>
        <source>入站登记表还没有保存，关闭后填写的内容将丢失。确定关闭吗？</source>
        <translation>The intake form has not been saved; what was entered will be lost. Close it?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 救助寻亲工作站</source>
        <translation>Log in — Rescue Station</translation>
    </message>
    <message>
        <source>请用您的工作人员账号登录。每一项修改都会记在您的名下。</source>
        <translation>Log in with your staff account. Every change is recorded under your name.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>救助寻亲工作站</source>
        <translation>Rescue Station</translation>
    </message>
    <message>
        <source>在站人员</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>案件(&amp;C)</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>入站登记(&amp;N)</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>查找人员(&amp;F)</source>
        <translation>&amp;Find person</translation>
    </message>
    <message>
        <source>关闭当前页(&amp;W)</source>
        <translation>Close tab (&amp;W)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 Station</source>
        <translation>About Station</translation>
    </message>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>此人此前已有登记记录，已作为再次入站登记到同一人。案件编号：{case}</source>
        <translation>This person was on record already; registered as a repeat admission of the same person. Case number: {case}</translation>
    </message>
    <message>
        <source>已登记，案件编号：{case}</source>
        <translation>Registered, case number: {case}</translation>
    </message>
    <message>
        <source>界面语言将在下次启动 Station 时生效。</source>
        <translation>The interface language changes the next time Station starts.</translation>
    </message>
    <message>
        <source>救助寻亲工作站 Station {version}
为救助管理站的入站登记、安置、寻亲与照片比对而作。
数据只保存在本机或本站配置的数据库中。</source>
        <translation>Rescue Station {version}
Intake, placement, family search and photo matching for rescue-management stations.
Data stays on this computer or in the database the station configured.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>不知道可不填，将显示为“无名氏+案件编号”</source>
        <translation>Leave empty if unknown; shown as &quot;Unidentified&quot; + case number</translation>
    </message>
    <message>
        <source>自称的名字、音近名、绰号，用逗号分隔</source>
        <translation>Self-reported names, sound-alike names, nicknames, separated by commas</translation>
    </message>
    <message>
        <source>出生日期已知</source>
        <translation>Birth date known</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>18 位，最后一位可为 X</source>
        <translation>18 characters, the last may be X</translation>
    </message>
    <message>
        <source>自述或推断的籍贯、来源地</source>
        <translation>Native place or origin, stated or inferred</translation>
    </message>
    <message>
        <source>例如：河南口音、粤语、无法交流</source>
        <translation>e.g. Henan accent, Cantonese, cannot communicate</translation>
    </message>
    <message>
        <source>未测量</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source> 厘米</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>疤痕、胎记、纹身、残疾、牙齿、发型等可辨认的特征</source>
        <translation>Scars, birthmarks, tattoos, disabilities, teeth, hair: anything that identifies</translation>
    </message>
    <message>
        <source>身份信息</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>别名 / 曾用名</source>
        <translation>Aliases / former names</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>估计年龄</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>籍贯 / 来源地</source>
        <translation>Native place / origin</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>方言口音</source>
        <translation>Dialect / accent</translation>
    </message>
    <message>
        <source>体貌特征</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体型</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>特征描述</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>出生日期 {date}，{sex}</source>
        <translation>Born {date}, {sex}</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>编辑资料</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>再次入站登记…</source>
        <translation>New admission of this person…</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>发现地点</source>
        <translation>Found where</translation>
    </message>
    <message>
        <source>送站人</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>离站时间</source>
        <translation>Departed at</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>归还所选物品…</source>
        <translation>Return selected items…</translation>
    </message>
    <message>
        <source>入站记录</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>随身物品</source>
        <translation>Belongings</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>此人目前在站，离站后才能再次入站登记</source>
        <translation>This person is in the station now; a new admission is possible after departure</translation>
    </message>
    <message>
        <source>此人又来到救助站时，登记一次新的入站，记在同一人名下</source>
        <translation>When this person comes to the station again, register a new stay under the same record</translation>
    </message>
    <message>
        <source>案件编号 {case} · {status} · 共入站 {n} 次</source>
        <translation>Case {case} · {status} · {n} stay(s)</translation>
    </message>
    <message>
        <source>别名 / 曾用名</source>
        <translation>Aliases / former names</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source> 岁</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>籍贯 / 来源地</source>
        <translation>Native place / origin</translation>
    </message>
    <message>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>方言口音</source>
        <translation>Dialect / accent</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>{n} 厘米</source>
        <translation>{n} cm</translation>
    </message>
    <message>
        <source>体型</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>特征描述</source>
        <translation>Distinguishing features</translation>
    </message>
    <message>
        <source>衣着</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>入站健康状况</source>
        <translation>Health on arrival</translation>
    </message>
    <message>
        <source>送站单位 / 姓名</source>
        <translation>Brought by (organisation / name)</translation>
    </message>
    <message>
        <source>保管中</source>
        <translation>In custody</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>暂无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>修改资料</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>接收保管物品</source>
        <translation>Item taken into custody</translation>
    </message>
    <message>
        <source>归还物品</source>
        <translation>Return belongings</translation>
    </message>
    <message>
        <source>离站（示例数据）</source>
        <translation>Departed (demo data)</translation>
    </message>
    <message>
        <source>照片无法读取</source>
        <translation>Photo cannot be read</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>请先在表中选择要归还的物品。</source>
        <translation>First select the items to return in the table.</translation>
    </message>
    <message>
        <source>领回人（本人或亲属姓名）：</source>
        <translation>Returned to (the person or a relative):</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>估计年龄下限</source>
        <translation>Estimated age from</translation>
    </message>
    <message>
        <source>估计年龄上限</source>
        <translation>Estimated age to</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>领回人</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>空</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>可把照片文件直接拖到这里</source>
        <translation>Photo files can be dropped here</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>拍照…</source>
        <translation>Camera…</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>照片中没有找到人脸。请用正面、光线充足、脸部未遮挡的照片。</source>
        <translation>No face was found in the photo. Use a frontal, well-lit photo with the face uncovered.</translation>
    </message>
    <message>
        <source>照片中有 {n} 张人脸，请选择要比对的那一张。</source>
        <translation>The photo shows {n} faces; choose the one to compare.</translation>
    </message>
    <message>
        <source>人脸太小（约 {size} 像素，至少需要 {min} 像素）。请靠近拍摄或用更清晰的原图。</source>
        <translation>The face is too small (about {size} pixels, at least {min} needed). Take the photo closer or use a sharper original.</translation>
    </message>
    <message>
        <source>人脸模糊（清晰度 {value}，至少需要 {min}）。请重拍一张清晰的照片。</source>
        <translation>The face is blurred (sharpness {value}, at least {min} needed). Please take a sharp photo.</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
    <message>
        <source>在站天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <source>搜索姓名、别名、案件编号、身份证号或体貌特征（空格分隔多个词）</source>
        <translation>Search name, alias, case number, ID number or description (several words separated by spaces)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>不限性别</source>
        <translation>Any sex</translation>
    </message>
    <message>
        <source>入站日期</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>入站登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>登记新入站人员 (Ctrl+N)</source>
        <translation>Register a new arrival (Ctrl+N)</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>没有符合条件的人员。可换个词，或把状态改为“全部”。</source>
        <translation>Nobody matches. Try another word, or set the status to &quot;All&quot;.</translation>
    </message>
    <message>
        <source>还没有人员记录。点“入站登记”或按 Ctrl+N 登记第一位。</source>
        <translation>No one is on record yet. Click &quot;Intake&quot; or press Ctrl+N to register the first person.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>案件编号 {value} 的格式应为 年份-六位序号，例如 2026-000123</source>
        <translation>Case number {value} should be year-six digits, e.g. 2026-000123</translation>
    </message>
    <message>
        <source>{year} 年的案件编号已用完（最多 999999 个）</source>
        <translation>The case numbers of {year} are used up (999999 at most)</translation>
    </message>
    <message>
        <source>身份证号应为 18 位，现在是 {length} 位</source>
        <translation>An ID number has 18 characters; this one has {length}</translation>
    </message>
    <message>
        <source>身份证号前 17 位只能是数字，最后一位是数字或 X</source>
        <translation>The first 17 characters of an ID number are digits; the last is a digit or X</translation>
    </message>
    <message>
        <source>身份证号的地区码 {code} 不存在</source>
        <translation>The ID number&apos;s region code {code} does not exist</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {digits} 不是有效日期</source>
        <translation>The birth date {digits} in the ID number is not a valid date</translation>
    </message>
    <message>
        <source>身份证号中的出生日期 {date} 晚于今天</source>
        <translation>The birth date {date} in the ID number is after today</translation>
    </message>
    <message>
        <source>身份证号校验位错误：最后一位应为 {expected}，填写的是 {actual}，请核对是否抄错</source>
        <translation>Wrong check digit in the ID number: the last character should be {expected}, not {actual}. Please check for a copying mistake</translation>
    </message>
    <message>
        <source>发现时间 {found} 晚于入站时间 {admitted}：人员应先被发现，后入站</source>
        <translation>Found at {found} is after admitted at {admitted}: a person is found before being admitted</translation>
    </message>
    <message>
        <source>{field}不能晚于当前时间（{value}）</source>
        <translation>{field} cannot be later than now ({value})</translation>
    </message>
    <message>
        <source>出生日期 {value} 晚于今天</source>
        <translation>Birth date {value} is after today</translation>
    </message>
    <message>
        <source>出生日期 {value} 早于 {limit} 年，请核对</source>
        <translation>Birth date {value} is before {limit}; please check</translation>
    </message>
    <message>
        <source>出生日期 {value} 晚于发现日期 {found}</source>
        <translation>Birth date {value} is after the date found {found}</translation>
    </message>
    <message>
        <source>估计年龄应在 0 到 {max} 岁之间，且下限不大于上限</source>
        <translation>The estimated age must be between 0 and {max}, the lower bound not above the upper</translation>
    </message>
    <message>
        <source>身高 {value} 厘米不合理，应在 40 到 250 厘米之间</source>
        <translation>A height of {value} cm is implausible; it must be between 40 and 250 cm</translation>
    </message>
    <message>
        <source>请填写{field}</source>
        <translation>Please fill in {field}</translation>
    </message>
    <message>
        <source>出生日期 {value} 与身份证号中的出生日期 {id_birth} 不一致</source>
        <translation>Birth date {value} differs from the birth date {id_birth} in the ID number</translation>
    </message>
    <message>
        <source>性别与身份证号不一致：身份证号表明为{id_sex}</source>
        <translation>The sex differs from the ID number, which says {id_sex}</translation>
    </message>
    <message>
        <source>用户名或密码不正确</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>账号 {username} 已停用，请联系管理员</source>
        <translation>Account {username} is disabled; please contact an administrator</translation>
    </message>
    <message>
        <source>密码至少需要 {n} 个字符</source>
        <translation>A password needs at least {n} characters</translation>
    </message>
    <message>
        <source>用户名只能包含字母、数字、点、下划线和减号（1–64 个字符）</source>
        <translation>A user name may contain only letters, digits, dots, underscores and hyphens (1–64 characters)</translation>
    </message>
    <message>
        <source>用户名 {username} 已被使用</source>
        <translation>The user name {username} is taken</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Please fill in the name</translation>
    </message>
    <message>
        <source>已经有账号了，首个管理员只能在空数据库中创建</source>
        <translation>Accounts exist already; the first administrator can only be created in an empty database</translation>
    </message>
    <message>
        <source>找不到这次入站记录（编号 {id}）</source>
        <translation>Stay {id} not found</translation>
    </message>
    <message>
        <source>找不到这件保管物品（编号 {id}）</source>
        <translation>Item {id} in custody not found</translation>
    </message>
    <message>
        <source>物品“{item}”已于 {when} 归还，不能重复归还</source>
        <translation>&quot;{item}&quot; was returned on {when} and cannot be returned again</translation>
    </message>
    <message>
        <source>请填写领回物品的人</source>
        <translation>Please fill in who received the item</translation>
    </message>
    <message>
        <source>随身物品第 {row} 行：请填写物品名称</source>
        <translation>Belongings row {row}: please fill in the item</translation>
    </message>
    <message>
        <source>随身物品第 {row} 行：数量应为 1 到 9999 之间的整数</source>
        <translation>Belongings row {row}: the quantity must be a whole number from 1 to 9999</translation>
    </message>
    <message>
        <source>身份证号 {value} 已属于另一人（{name}），请核对</source>
        <translation>ID number {value} belongs to another person ({name}); please check</translation>
    </message>
    <message>
        <source>{name} 目前仍在站（案件编号 {case}），需先办理离站才能再次入站登记</source>
        <translation>{name} is still in the station (case {case}); record the departure before a new admission</translation>
    </message>
    <message>
        <source>找不到编号为 {id} 的人员记录</source>
        <translation>Person {id} not found</translation>
    </message>
    <message>
        <source>保存失败：这条记录在您打开之后已被他人修改。请关闭后重新打开，再修改。</source>
        <translation>Not saved: someone else changed this record after you opened it. Close and reopen it, then make your change.</translation>
    </message>
    <message>
        <source>数据库正被另一个程序或工作站占用，{seconds} 秒内未能写入。什么也没有保存，请稍后再试。</source>
        <translation>The database is in use by another program or workstation and could not be written within {seconds} seconds. Nothing was saved; please try again shortly.</translation>
    </message>
    <message>
        <source>无法打开数据库 {where}：{reason}</source>
        <translation>Cannot open the database {where}: {reason}</translation>
    </message>
    <message>
        <source>数据库 {where} 由更新版本的 Station 创建（数据库版本 {revision}），本程序无法安全打开它。数据库未做任何改动。请安装最新版本的 Station 后再打开。</source>
        <translation>The database {where} was written by a newer Station (schema {revision}); this version cannot open it safely. Nothing in it was changed. Please install the latest Station.</translation>
    </message>
    <message>
        <source>文件 {where} 不是 Station 的数据库（其中有其他程序的表），为避免损坏未打开它。</source>
        <translation>The file {where} is not a Station database (it holds another program&apos;s tables); it was not opened, to keep it intact.</translation>
    </message>
    <message>
        <source>文件 {where} 不是 SQLite 数据库或已损坏：{reason}</source>
        <translation>The file {where} is not a SQLite database or is damaged: {reason}</translation>
    </message>
    <message>
        <source>找不到照片文件 {file}</source>
        <translation>Photo file {file} not found</translation>
    </message>
    <message>
        <source>文件 {file} 不是图片，或格式不受支持（支持 JPEG、PNG、WEBP、BMP、TIFF）</source>
        <translation>The file {file} is not an image or not a supported format (JPEG, PNG, WEBP, BMP, TIFF)</translation>
    </message>
    <message>
        <source>照片 {file} 已损坏或不完整，无法读取：{reason}</source>
        <translation>The photo {file} is damaged or incomplete and cannot be read: {reason}</translation>
    </message>
    <message>
        <source>照片 {file} 太大（{mb} MB），单张照片不能超过 {limit} MB</source>
        <translation>The photo {file} is too large ({mb} MB); a photo may have at most {limit} MB</translation>
    </message>
    <message>
        <source>照片 {file} 的像素过多（{mp} 百万像素），最多 {limit} 百万像素，请先缩小</source>
        <translation>The photo {file} has too many pixels ({mp} megapixels); at most {limit} megapixels, please scale it down first</translation>
    </message>
    <message>
        <source>照片 {file} 太小（{w}×{h} 像素），无法看清人脸</source>
        <translation>The photo {file} is too small ({w}×{h} pixels) to show a face</translation>
    </message>
    <message>
        <source>无法保存照片到 {where}：{reason}</source>
        <translation>Cannot save the photo to {where}: {reason}</translation>
    </message>
    <message>
        <source>人脸识别模型未安装或无法加载（face_recognition_models）：{reason}。请重新安装 Station。</source>
        <translation>The face recognition models are missing or cannot be loaded (face_recognition_models): {reason}. Please reinstall Station.</translation>
    </message>
    <message>
        <source>照片 {file} 无法读取：{reason}</source>
        <translation>The photo {file} cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>公安</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>城管</source>
        <translation>City management</translation>
    </message>
    <message>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>群众</source>
        <translation>Member of the public</translation>
    </message>
    <message>
        <source>本人求助</source>
        <translation>Came by themselves</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>在站</source>
        <translation>In station</translation>
    </message>
    <message>
        <source>已离站</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>偏瘦</source>
        <translation>Thin</translation>
    </message>
    <message>
        <source>中等</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>偏胖</source>
        <translation>Heavy</translation>
    </message>
    <message>
        <source>站长</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>登记员</source>
        <translation>Intake clerk</translation>
    </message>
    <message>
        <source>社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>医护</source>
        <translation>Medical staff</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>无名氏</source>
        <translation>Unidentified </translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>入站时间</source>
        <translation>Admitted at</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>未检测到摄像头。请连接摄像头后重试，或从文件添加照片。</source>
        <translation>No camera found. Connect a camera and try again, or add photos from files.</translation>
    </message>
</context>
</TS>
