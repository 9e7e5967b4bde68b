import Foundation

/// The vocabulary the diacritics restorer learns its syllable frequencies and neighbours from:
/// the words and phrases of administrative documents (agencies of the two-level government,
/// titles, document types, assignment and deadline phrases, the verbs of directives), written for
/// doclint and reviewed like code. One phrase per comma-separated item; "*N" weights an item as N
/// occurrences (the commonest function words). Lower case, NFC, tone marks in the new placement
/// ("hòa", "ủy"). A phrase teaches which syllable follows which: list words as they are written
/// together ("tổ chức thực hiện"), not syllable by syllable.
enum RestorationLexicon {
    static let text = """
    # Function words and the commonest syllables of administrative prose (weights: rough frequency)
    của*80, và*80, các*60, có*160, là*40, được*40, trong*40, cho*30, những*14, với*30, không*16, người*14, một*24,
    đã*20, này*24, để*120, năm*40, ngày*50, tháng*40, theo*24, tại*24, về*24, từ*40, đến*30, trên*12, sau*12,
    trước*16, khi*10, nếu*6, hoặc*10, thì*5, mà*5, như*14, đó*8, nhằm*6, bằng*6, do*10, vì*5, nên*5, còn*6, cũng*8,
    đang*6, sẽ*8, phải*10, cần*10, rất*4, nhất*8, hơn*6, nhiều*8, mỗi*6, mọi*4, cùng*8, chưa*10, đều*5, vẫn*4,
    thêm*4, lại*6, ra*8, vào*8, lên*4, xuống*3, qua*10, tới*4, bị*4, nữa*3, hết*4, chỉ*6, ai*2, gì*3, nào*4,
    đây*4, ấy*2, nay*10, hiện nay*6, trong đó*6, bao gồm*4, đối với*10, so với*4, cũng như*4, nhưng*6, hay*4, nữa*2,
    số*70, ký hiệu*4, điều*20, khoản*12, điểm*10, mục*10, chương*6, phần*8, phụ lục*4, trang*3, lần*6, bước*4,
    ông*4, bà*4, đồng chí*8, các đồng chí*3, quý*4, kính*3, thứ*6, thứ hai*2, thứ ba*2, thứ tư*2, thứ năm*2, thứ sáu*2,
    thứ bảy*2, chủ nhật*2, hai*8, ba*6, bốn*3, tư*3, năm*6, sáu*3, bảy*3, tám*2, chín*2, mười*3, trăm*2, nghìn*3,
    triệu*4, tỷ*3, đồng*6, phần trăm*2, tỷ lệ*4, ít nhất*3, tối đa*3, tối thiểu*3, trên*4, dưới*5, khoảng*4, gần*4,

    # Bodies of the State and the Party, as documents write them
    Ủy ban nhân dân*20, Hội đồng nhân dân*10, Ủy ban nhân dân tỉnh*10, Ủy ban nhân dân thành phố*4, Ủy ban nhân dân xã*5,
    Ủy ban nhân dân phường*4, Ủy ban nhân dân các xã phường*3, Ủy ban nhân dân cấp xã*3, Chủ tịch Ủy ban nhân dân tỉnh*5,
    Chính phủ*10, Thủ tướng Chính phủ*8, Thủ tướng*5, Phó Thủ tướng*3, Văn phòng Chính phủ*4, Quốc hội*4, Chủ tịch nước*2,
    Bộ Chính trị*4, Ban Bí thư*3, Ban Chấp hành Trung ương*3, Ban Chấp hành Đảng bộ tỉnh*3, Trung ương*6, Đảng Cộng sản Việt Nam*3,
    Đảng*10, Nhà nước*6, Đảng và Nhà nước*3, Tỉnh ủy*10, Thành ủy*4, Huyện ủy*3, Đảng ủy*8, Đảng bộ*6, Chi bộ*4,
    Ban Thường vụ*8, Ban Thường vụ Tỉnh ủy*5, Thường trực*5, Thường trực Tỉnh ủy*3, Ủy ban Kiểm tra*3, Ban Tổ chức*4,
    Ban Tuyên giáo*3, Ban Tuyên giáo và Dân vận*3, Ban Dân vận*3, Ban Nội chính*3, Văn phòng Tỉnh ủy*3, Mặt trận Tổ quốc*4,
    Ủy ban Mặt trận Tổ quốc Việt Nam*3, Hội Liên hiệp Phụ nữ*3, Đoàn Thanh niên*3, Đoàn Thanh niên Cộng sản Hồ Chí Minh*3,
    Hội Nông dân*3, Hội Cựu chiến binh*3, Liên đoàn Lao động*3, Công đoàn*3, các đoàn thể*3, các tổ chức chính trị xã hội*3,
    Sở Nội vụ*6, Sở Tài chính*6, Sở Tư pháp*5, Sở Xây dựng*5, Sở Y tế*6, Sở Công Thương*5, Sở Giáo dục và Đào tạo*5,
    Sở Khoa học và Công nghệ*5, Sở Nông nghiệp và Môi trường*5, Sở Nông nghiệp và Phát triển nông thôn*3,
    Sở Tài nguyên và Môi trường*3, Sở Văn hóa Thể thao và Du lịch*4, Sở Văn hóa và Thể thao*3, Sở Du lịch*3,
    Sở Giao thông vận tải*3, Sở Kế hoạch và Đầu tư*3, Sở Thông tin và Truyền thông*3, Sở Lao động Thương binh và Xã hội*3,
    Sở Dân tộc và Tôn giáo*3, Sở Ngoại vụ*3, Thanh tra tỉnh*3, Thanh tra Chính phủ*2, Công an tỉnh*6, Công an*4,
    Bộ Chỉ huy Quân sự tỉnh*4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh*3, Kho bạc Nhà nước*3, Bảo hiểm xã hội*4, Cục Thuế*3,
    Thuế tỉnh*2, Chi cục*3, Ngân hàng Nhà nước*3, Chi nhánh*3, Tòa án nhân dân*3, Viện Kiểm sát nhân dân*3,
    Đài Phát thanh và Truyền hình*3, Báo và Phát thanh Truyền hình*3, Trung tâm*6, Trung tâm Phục vụ hành chính công*3,
    Ban Quản lý*4, Ban Quản lý dự án*3, Ban Chỉ đạo*8, Tổ công tác*6, Tổ giúp việc*3, Hội đồng*6, Tiểu ban*3,
    Bộ Nội vụ*4, Bộ Tài chính*4, Bộ Tư pháp*3, Bộ Xây dựng*3, Bộ Y tế*3, Bộ Công Thương*3, Bộ Giáo dục và Đào tạo*3,
    Bộ Khoa học và Công nghệ*3, Bộ Nông nghiệp và Môi trường*3, Bộ Văn hóa Thể thao và Du lịch*3, Bộ Công an*3,
    Bộ Quốc phòng*3, Bộ Ngoại giao*2, Bộ Dân tộc và Tôn giáo*2, Bộ Tài nguyên và Môi trường*2, Bộ Kế hoạch và Đầu tư*2,
    Bộ Giao thông vận tải*2, Bộ Thông tin và Truyền thông*2, Bộ Lao động Thương binh và Xã hội*2, Ngân hàng*3,
    Văn phòng Ủy ban nhân dân tỉnh*4, Văn phòng*8, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân*2,
    các sở ban ngành*6, các sở ngành*5, sở ban ngành*4, các sở*5, các ngành*4, ngành*8, các cơ quan*8, cơ quan*14,
    đơn vị*14, các đơn vị*6, địa phương*10, các địa phương*5, cơ quan đơn vị*5, các cơ quan đơn vị*5, cơ quan chuyên môn*4,
    đơn vị sự nghiệp*3, doanh nghiệp*6, tổ chức*12, cá nhân*6, tổ chức cá nhân*4, hộ gia đình*3, Nhân dân*8, người dân*6,
    cán bộ*8, công chức*6, viên chức*6, cán bộ công chức viên chức*3, người lao động*4, đảng viên*6, cán bộ đảng viên*3,
    lãnh đạo*10, chuyên viên*4, ủy viên*4, thành viên*6, các thành viên*3, cấp ủy*4, các cấp ủy*3, chính quyền*6,
    cơ quan nhà nước*3, cơ quan hành chính*3, cơ quan báo chí*3, báo chí*4, các xã phường*5, xã phường*4, các xã*5,
    các phường*3, các huyện*2, các tỉnh*2, các bộ*3, các bộ ngành*3, bộ ngành*3, ban ngành*4, đoàn thể*4,

    # Places
    tỉnh*40, thành phố*12, huyện*8, quận*4, thị xã*4, xã*30, phường*50, thị trấn*4, thôn*5, bản*3, tổ dân phố*3, ấp*2,
    khu phố*2, khu dân cư*3, Việt Nam*8, Hà Nội*5, Thành phố Hồ Chí Minh*3, Hồ Chí Minh*4, Hải Phòng*3, Đà Nẵng*3, Cần Thơ*3,
    Huế*3, Thành phố Huế*2, An Giang*2, Bắc Ninh*2, Cà Mau*2, Cao Bằng*2, Điện Biên*2, Điện Biên Phủ*2, Đắk Lắk*2, Đồng Nai*2,
    Đồng Tháp*2, Gia Lai*2, Hà Tĩnh*2, Hưng Yên*2, Khánh Hòa*2, Lai Châu*2, Lạng Sơn*2, Lào Cai*2, Lâm Đồng*2, Nghệ An*2,
    Ninh Bình*2, Phú Thọ*2, Quảng Ngãi*2, Quảng Ninh*2, Quảng Trị*2, Sơn La*2, Tây Ninh*2, Thái Nguyên*2, Thanh Hóa*2,
    Tuyên Quang*2, Vĩnh Long*2, Bắc Giang, Bắc Kạn, Bạc Liêu, Bến Tre, Bình Dương, Bình Định, Bình Phước, Bình Thuận,
    Đắk Nông, Hà Giang, Hà Nam, Hải Dương, Hậu Giang, Hòa Bình, Kiên Giang, Kon Tum, Long An, Nam Định, Ninh Thuận,
    Phú Yên, Quảng Bình, Quảng Nam, Sóc Trăng, Thái Bình, Thừa Thiên Huế, Tiền Giang, Trà Vinh, Vĩnh Phúc, Yên Bái,
    Bà Rịa Vũng Tàu, Đông Nam Á, Miền Bắc, Miền Trung, Miền Nam, Tây Nguyên, Đồng bằng sông Cửu Long, Đồng bằng sông Hồng,
    miền núi*2, vùng sâu vùng xa*2, biên giới*3, hải đảo*2, ven biển*2, nông thôn*4, đô thị*4, khu vực*5, vùng*4,
    địa bàn*8, trên địa bàn*6, trên địa bàn tỉnh*5, địa bàn tỉnh*3, toàn tỉnh*5, toàn quốc*3, cả nước*3, cấp tỉnh*5,
    cấp xã*5, cấp huyện*3, cấp cơ sở*3, cơ sở*6, hai cấp*3, chính quyền địa phương hai cấp*3, chính quyền địa phương*6,
    đơn vị hành chính*4, đơn vị hành chính cấp xã*2, trung tâm hành chính*2, trụ sở*4, trụ sở làm việc*2, hội trường*2,

    # Titles and signing
    Chủ tịch*12, Phó Chủ tịch*8, Phó Chủ tịch Thường trực*3, Giám đốc*8, Phó Giám đốc*5, Trưởng ban*6, Phó Trưởng ban*4,
    Bí thư*6, Phó Bí thư*5, Phó Bí thư Thường trực*3, Bí thư Tỉnh ủy*3, Trưởng phòng*4, Phó Trưởng phòng*3, Chánh Văn phòng*5,
    Phó Chánh Văn phòng*3, Thủ trưởng*6, Thủ trưởng các cơ quan*3, người đứng đầu*4, Bộ trưởng*4, Thứ trưởng*3,
    Tổng cục trưởng*2, Cục trưởng*3, Vụ trưởng*2, Chánh Thanh tra*2, Tổ trưởng*3, Tổ phó*3, Trưởng đoàn*2, Chủ nhiệm*2,
    đại biểu*4, đại biểu Quốc hội*3, thay mặt*3, ký thay*2, thừa lệnh*2, thừa ủy quyền*2, đã ký*3, Nơi nhận*6,
    Như trên*4, Lưu*6, Lưu VT*4, để báo cáo*3, để biết*3, để thực hiện*4, để chỉ đạo*3, để phối hợp*3, Kính gửi*8,

    # Document types and parts
    Quyết định*14, quyết định*10, Nghị quyết*8, Nghị định*8, Thông tư*6, Chỉ thị*6, Kế hoạch*14, kế hoạch*12, Thông báo*8,
    thông báo*6, Thông báo kết luận*4, Kết luận*8, kết luận*6, Công văn*8, công văn*6, Báo cáo*10, báo cáo*20, Tờ trình*6,
    tờ trình*4, Hướng dẫn*8, hướng dẫn*8, Chương trình*6, chương trình*8, chương trình hành động*3, Quy chế*6, quy chế*4,
    Quy định*8, quy định*12, Đề án*6, đề án*4, dự án*8, phương án*6, biên bản*3, giấy mời*3, Công điện*3, Luật*8, Bộ luật*3,
    Pháp lệnh*3, Hiến pháp*3, văn bản*14, văn bản quy phạm pháp luật*4, quy phạm pháp luật*4, pháp luật*8, Nghị định số*4,
    Quyết định số*6, Kế hoạch số*5, Công văn số*4, Thông báo số*3, Văn bản số*3, Căn cứ*14, Căn cứ Luật*5, Căn cứ Nghị định*4,
    Căn cứ Quyết định*4, Luật Tổ chức chính quyền địa phương*5, Luật Tổ chức Chính phủ*3, Luật Ban hành văn bản quy phạm pháp luật*3,
    Luật sửa đổi bổ sung một số điều*3, sửa đổi*5, bổ sung*6, sửa đổi bổ sung*5, một số điều*4, một số*12, ban hành*12,
    ban hành kèm theo*4, kèm theo*6, Quyết định này*5, Kế hoạch này*4, văn bản này*3, Thông tư này*2, Điều*12, hiệu lực*4,
    có hiệu lực*3, có hiệu lực thi hành*3, kể từ ngày ký*4, từ ngày ký*3, thi hành*6, chịu trách nhiệm thi hành*3,
    chịu trách nhiệm*6, Về việc*8, V/v, trích yếu*2, Xét đề nghị*5, Theo đề nghị*5, đề nghị*12, Thực hiện*10,
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*4, Độc lập Tự do Hạnh phúc*4, Độc lập*3, Tự do*3, Hạnh phúc*3, xã hội chủ nghĩa*3,
    QUYẾT ĐỊNH*4, KẾ HOẠCH*4, THÔNG BÁO*3, CÔNG VĂN*2, CHỈ THỊ*2, BÁO CÁO*2, TỜ TRÌNH*2, HƯỚNG DẪN*2, NGHỊ QUYẾT*2,
    QUY CHẾ*2, QUY ĐỊNH*2, CHƯƠNG TRÌNH*2, ỦY BAN NHÂN DÂN*4, HỘI ĐỒNG NHÂN DÂN*2, TỈNH ỦY*3, ĐẢNG ỦY*2, BAN CHỈ ĐẠO*2,
    ĐẢNG CỘNG SẢN VIỆT NAM*3, ĐẢNG BỘ TỈNH*2, BAN THƯỜNG VỤ*2, CHỦ TỊCH*3, PHÓ CHỦ TỊCH*3, GIÁM ĐỐC*2, BÍ THƯ*2,
    TRƯỞNG BAN*2, TỔ CHỨC THỰC HIỆN*3, MỤC ĐÍCH YÊU CẦU*3, NỘI DUNG*3, NHIỆM VỤ*3, GIẢI PHÁP*2, KINH PHÍ*2,
    ĐIỀU KHOẢN THI HÀNH*2, QUY ĐỊNH CHUNG*2, PHẠM VI ĐIỀU CHỈNH*2,

    # Directives: verbs and what they act on
    giao*14, yêu cầu*12, chỉ đạo*12, chủ trì*12, phối hợp*16, phối hợp với*8, chủ trì phối hợp*5, tham mưu*10,
    tham mưu đề xuất*3, đề xuất*8, triển khai*14, thực hiện*30, tổ chức thực hiện*8, triển khai thực hiện*8,
    thực hiện nghiêm*3, nghiêm túc*6, nghiêm túc thực hiện*3, khẩn trương*6, chủ động*8, tập trung*8, tăng cường*8,
    đẩy mạnh*6, tiếp tục*10, nâng cao*8, bảo đảm*10, đảm bảo*8, hoàn thành*12, hoàn thiện*6, xây dựng*16, rà soát*10,
    kiểm tra*12, giám sát*8, kiểm tra giám sát*4, thanh tra*4, theo dõi*8, đôn đốc*6, theo dõi đôn đốc*4, hướng dẫn*6,
    tổng hợp*10, báo cáo kết quả*6, tổng hợp báo cáo*5, kết quả*14, kết quả thực hiện*6, tình hình*8, tình hình thực hiện*4,
    trình*8, trình Ủy ban nhân dân tỉnh*3, xem xét*6, phê duyệt*6, thẩm định*6, thẩm tra*3, cấp phép*3, cấp*6,
    lập*5, xây dựng kế hoạch*4, nghiên cứu*8, đánh giá*10, sơ kết*4, tổng kết*6, sơ kết tổng kết*3, tuyên truyền*8,
    phổ biến*6, quán triệt*4, học tập*4, tuyên truyền phổ biến*3, vận động*4, hỗ trợ*10, giải quyết*10, xử lý*10,
    khắc phục*6, phòng ngừa*3, ngăn chặn*4, phòng chống*4, ứng phó*4, cung cấp*6, cập nhật*5, chia sẻ*3, bố trí*6,
    sắp xếp*6, phân công*6, phân bổ*4, cân đối*3, huy động*4, quản lý*16, điều hành*6, vận hành*4, sử dụng*10,
    ứng dụng*8, đầu tư*8, mua sắm*3, sửa chữa*3, nâng cấp*4, cải tạo*3, duy trì*4, phát huy*4, phát triển*14, đổi mới*6,
    cải cách*6, cải cách hành chính*6, chuyển đổi số*8, chuyển đổi*4, số hóa*4, kết nối*4, liên thông*4, đồng bộ*4,
    thống nhất*6, thực hiện tốt*3, có hiệu quả*4, hiệu quả*10, kịp thời*8, đầy đủ*6, chính xác*5, cụ thể*8,
    thường xuyên*8, định kỳ*6, hằng năm*6, hằng tháng*4, hằng quý*3, hằng tuần*3, hằng ngày*3, liên tục*3, lâu dài*3,
    trách nhiệm*10, nhiệm vụ*16, giải pháp*10, nhiệm vụ và giải pháp*4, nhiệm vụ giải pháp*3, nội dung*10, mục đích*6,
    mục tiêu*10, quan điểm*4, nguyên tắc*5, phạm vi*5, đối tượng*6, phạm vi điều chỉnh*3, đối tượng áp dụng*3,
    chức năng*6, chức năng nhiệm vụ*4, quyền hạn*4, cơ cấu tổ chức*4, tổ chức bộ máy*4, bộ máy*5, biên chế*4,
    tinh gọn*4, sắp xếp tổ chức bộ máy*3, hợp nhất*4, sáp nhập*4, giải thể*3, thành lập*6, kiện toàn*4, bổ nhiệm*4,
    tự giải thể*3, sau khi hoàn thành nhiệm vụ*3, có trách nhiệm*8, có nhiệm vụ*3, theo chức năng nhiệm vụ*4,
    theo chức năng nhiệm vụ được giao*3, được giao*6, liên quan*8, có liên quan*6, các cơ quan liên quan*4,
    trực thuộc*6, thuộc*10, tiếp nhận*5, nhận*8, ghi nhận*4, xác nhận*3, nhận thức*4, nâng cao nhận thức*3, nhận được*3,
    tham gia*10, quốc gia*8, gia đình*4, gia tăng*3, tăng*8, giảm*6, tăng trưởng*5, mở rộng*3, thu hút*4, khai thác*4,
    bảo vệ*6, bảo vệ môi trường*3, bảo quản*3, bảo hiểm*4, bảo tồn*3, bảo trì*2, bảo dưỡng*2, báo cáo về*4,
    cảnh báo*4, dự báo*4, thông tin*10, truyền thông*5, phản hồi*3, trao đổi*4, phản biện*2, giám định*2,
    thông qua*5, quyết định*8, xác định*6, lựa chọn*4, đề ra*4, đặt ra*3, nêu*4, nêu rõ*3, làm rõ*4, rõ*6, rõ ràng*3,
    ký*6, ký kết*3, ký số*3, gửi*10, gửi về*6, gửi báo cáo*4, nộp*5, chuyển*5, chuyển giao*3, bàn giao*3, tiếp tục thực hiện*3,
    áp dụng*5, vận dụng*2, thực thi*3, chấp hành*4, tuân thủ*4, nghiêm cấm*2, không được*4, cho phép*3, được phép*2,
    phấn đấu*5, đạt*8, đạt được*4, vượt*3, bảo đảm an toàn*3, đúng quy định*5, đúng thời gian*3, đúng tiến độ*3,

    # Numbers in context ("#" stands for any number)
    ngày # tháng # năm #*20, ngày #*10, # tháng*4, tháng #*10, năm #*10, tháng # năm #*6, trước ngày #*6, số #*10, Số #*4,
    điều #*4, Điều #*6, khoản #*5, điểm #*2, mục #*4, Mục #*2, phần #*2, chương #*2, Chương #*2, phụ lục #*2, lần thứ #*3,
    # ngày*6, # tháng*3, # năm*5, # người*3, # đơn vị*2, # xã*2, # phường*2, # tỉnh*2, # giờ*3, # phút*1, # triệu đồng*2,
    # tỷ đồng*3, # đồng*2, # ha*2, # km*1, # hộ*2, # cán bộ*1, # trường hợp*2, # hồ sơ*2, # văn bản*2, # nhiệm vụ*2,
    # cấp*2, # lượt*2, đạt #*3, tăng #*2, giảm #*2, khóa #*3, giai đoạn #*2, nhiệm kỳ #*1, lúc #*3, từ #*3, đến #*3,
    Quyết định số #*3, Kế hoạch số #*3, Công văn số #*2, Thông báo số #*2, Nghị quyết số #*2, Văn bản số #*2,

    # Time and deadlines
    thời gian*10, thời hạn*8, thời điểm*5, trước ngày*12, chậm nhất*6, chậm nhất ngày*3, chậm nhất là ngày*3, đến ngày*6,
    đến hết ngày*3, trong tháng*6, trong năm*6, trong quý*4, cuối tháng*3, đầu tháng*3, giữa tháng*2, cuối năm*4, đầu năm*3,
    trong vòng*4, trong thời hạn*4, ngày làm việc*4, kể từ ngày*6, kể từ*4, hoàn thành trước ngày*4, xong trước ngày*2,
    sáng*5, chiều*5, tối*3, giờ*5, phút*2, tuần*4, quý*6, giai đoạn*8, nhiệm kỳ*4, khóa*5, năm nay*3, năm sau*3, năm trước*3,
    thời gian tới*4, sắp tới*3, trước mắt*3, dài hạn*2, ngắn hạn*2, vừa qua*4, thời gian qua*3, trong thời gian qua*3,
    trong thời gian tới*3, tiến độ*6, chậm tiến độ*3, kéo dài*3, đồng thời*5, ngay*4, ngay sau khi*3, sau khi*6, trước khi*4,
    hiện đang*3, đã và đang*3, từng bước*4, từng*4, dần*2, sớm*4, sớm nhất*2, kịp*3, muộn*2, hạn*4, hạn chót*2,

    # The vocabulary of administrative prose
    công tác*14, hoạt động*12, công việc*8, hội nghị*8, cuộc họp*6, buổi làm việc*4, làm việc*8, họp*5, phiên họp*4,
    hội thảo*3, tập huấn*4, bồi dưỡng*4, đào tạo*6, đào tạo bồi dưỡng*3, thi đua*5, khen thưởng*5, thi đua khen thưởng*3,
    kỷ luật*4, kỷ cương*3, thủ tục hành chính*6, thủ tục*4, hành chính*10, hồ sơ*10, giấy tờ*3, dịch vụ công*4,
    dịch vụ công trực tuyến*3, trực tuyến*6, trực tiếp*5, điện tử*6, chính quyền điện tử*3, chính quyền số*3, chữ ký số*3,
    văn bản điện tử*3, hệ thống*10, hệ thống thông tin*4, phần mềm*4, cơ sở dữ liệu*6, dữ liệu*8, dữ liệu mở*3,
    an toàn thông tin*3, an ninh mạng*3, hạ tầng*6, hạ tầng số*3, công nghệ*8, khoa học*8, khoa học và công nghệ*6,
    khoa học công nghệ*4, đổi mới sáng tạo*4, sáng tạo*4, kinh tế*10, xã hội*10, kinh tế xã hội*6, phát triển kinh tế xã hội*4,
    văn hóa*6, giáo dục*6, y tế*6, môi trường*8, tài nguyên*4, đất đai*4, đất*4, nông nghiệp*6, công nghiệp*4, thương mại*4,
    dịch vụ*6, du lịch*5, giao thông*5, đô thị*4, nhà ở*3, quy hoạch*6, ngân sách*8, ngân sách nhà nước*4, ngân sách tỉnh*3,
    ngân sách địa phương*3, kinh phí*8, nguồn kinh phí*3, tài chính*6, tài sản*4, vốn*4, nguồn vốn*4, đầu tư công*4,
    giải ngân*4, dự toán*4, chi thường xuyên*3, tiết kiệm*4, lãng phí*3, chống lãng phí*3, tham nhũng*3, phòng chống tham nhũng*3,
    tiêu cực*3, an ninh*5, trật tự*5, an ninh trật tự*4, an toàn*6, an toàn giao thông*3, quốc phòng*4, quốc phòng an ninh*3,
    dịch bệnh*4, phòng chống dịch*3, dịch tả lợn châu Phi*2, tiêm phòng*2, chăn nuôi*3, trồng trọt*2, thủy sản*3, lâm nghiệp*3,
    rừng*4, bảo vệ rừng*3, phòng cháy chữa cháy*3, cháy nổ*3, cháy rừng*2, thiên tai*4, bão lũ*3, phòng chống thiên tai*3,
    cứu nạn cứu hộ*2, biến đổi khí hậu*3, hạn hán*2, xâm nhập mặn*2, sạt lở*3, mưa lũ*3, hồ đập*2, thủy lợi*3, công trình*6,
    người có công*3, chính sách*8, an sinh xã hội*4, giảm nghèo*4, hộ nghèo*3, việc làm*4, lao động*6, thu nhập*3, đời sống*4,
    đồng bào*3, dân tộc*5, dân tộc thiểu số*3, tôn giáo*3, trẻ em*3, học sinh*4, trường học*3, nhà trường*2, giáo viên*3,
    bệnh viện*3, trạm y tế*3, khám chữa bệnh*3, sức khỏe*3, người cao tuổi*2, phụ nữ*3, thanh niên*3, bộ đội*2, chiến sĩ*2,
    liệt sĩ*3, anh hùng*2, lịch sử*3, di tích*3, lễ hội*3, kỷ niệm*4, ngày thành lập*3, chiến thắng*3, truyền thống*3,
    Tết*3, Tết Nguyên đán*3, mùa xuân*2, thị trường*4, giá cả*3, hàng hóa*4, sản xuất*6, kinh doanh*5, sản phẩm*5,
    xuất khẩu*3, nhập khẩu*2, năng suất*3, chất lượng*8, tiêu chuẩn*4, tiêu chí*4, chỉ tiêu*5, chỉ số*5, quy mô*3,
    vấn đề*6, tình trạng*3, hạn chế*6, tồn tại*4, hạn chế tồn tại*3, khó khăn*6, vướng mắc*4, khó khăn vướng mắc*4,
    nguyên nhân*5, bất cập*3, yếu kém*3, thuận lợi*3, kết quả đạt được*3, cơ bản*5, quan trọng*6, tầm quan trọng*3,
    trọng tâm*4, trọng điểm*3, cấp bách*3, cấp thiết*3, cần thiết*5, phù hợp*8, hợp lý*3, hợp pháp*3, theo quy định*10,
    theo quy định của pháp luật*5, quy định của pháp luật*5, quy định hiện hành*3, hiện hành*5, hiệu lực hiệu quả*3,
    công khai*5, minh bạch*4, công khai minh bạch*3, dân chủ*3, thực chất*3, tích cực*5, ngoài ra*3, bên cạnh đó*3,
    tuy nhiên*5, vì vậy*4, do đó*4, qua đó*3, từ đó*3, cụ thể như sau*4, như sau*8, sau đây*3, nêu trên*5, nói trên*3,
    trên đây*3, tiếp theo*3, đặc biệt*5, nhất là*4, chủ yếu*3, toàn diện*4, toàn bộ*4, tất cả*4, riêng*3, chung*6,
    tổng thể*3, cấp*6, các cấp*6, cấp trên*3, cấp dưới*2, trực tiếp*4, gián tiếp*2, chính thức*3, tạm thời*3,
    phong trào*4, phong trào thi đua*3, gương*3, điển hình*4, tiên tiến*3, xuất sắc*4, tập thể*5, cá nhân*4,
    ý thức*4, ý nghĩa*4, vai trò*6, vị trí*4, vị trí việc làm*3, năng lực*5, trình độ*4, chuyên môn*5, nghiệp vụ*5,
    chuyên môn nghiệp vụ*3, kỹ năng*4, kinh nghiệm*4, phẩm chất*3, đạo đức*3, phong cách*2, lề lối*2, tác phong*2,
    mối quan hệ*3, quan hệ*4, hợp tác*4, quốc tế*4, hội nhập*3, đối ngoại*3, nước ngoài*3, trong nước*3,
    điều kiện*6, môi trường đầu tư*2, nguồn lực*5, nguồn nhân lực*4, nhân lực*3, cơ chế*5, cơ chế chính sách*3,
    thể chế*4, pháp lý*3, hành lang pháp lý*2, quyền lợi*3, lợi ích*4, nghĩa vụ*4, quyền và nghĩa vụ*2,
    trường hợp*6, trong trường hợp*4, trường hợp cần thiết*3, khẩn cấp*3, đột xuất*4, phát sinh*5, vướng mắc phát sinh*2,
    mẫu*4, biểu mẫu*3, phụ lục kèm theo*3, danh sách*5, danh mục*5, dự kiến*5, kế hoạch chi tiết*3, lộ trình*4,
    địa chỉ*3, điện thoại*3, thư điện tử*3, cổng thông tin điện tử*3, trang thông tin điện tử*2, website*1,
    quy trình*5, quy chuẩn*3, quy cách*2, thể thức*4, kỹ thuật trình bày*3, thể thức và kỹ thuật trình bày*3, văn thư*4,
    lưu trữ*4, công tác văn thư lưu trữ*2, con dấu*3, đóng dấu*3, bản sao*3, bản chính*3, bản gốc*2,

    # Meetings and conclusions
    ý kiến*8, ý kiến chỉ đạo*4, kết luận và chỉ đạo*3, kết luận chỉ đạo*3, chỉ đạo như sau*3, có ý kiến như sau*3,
    nghe báo cáo*4, sau khi nghe*4, thảo luận*4, ý kiến thảo luận*3, tham dự*4, dự họp*3, chủ trì cuộc họp*3,
    đánh giá cao*3, ghi nhận*4, biểu dương*3, trân trọng*3, thông báo để*3, Văn phòng thông báo*3, xin thông báo*3,
    biết và thực hiện*4, để biết và thực hiện*3, quý cơ quan*3, phúc đáp*3, phản ánh*4, kiến nghị*6, tiếp thu*4,
    giải trình*4, tiếp thu giải trình*3, góp ý*4, lấy ý kiến*4, tham gia ý kiến*3, dự thảo*6, thống nhất*4, đồng ý*4,
    nhất trí*3, cơ bản nhất trí*2, thông qua*4, biểu quyết*2, tán thành*2, quan tâm*6, quan tâm chỉ đạo*3, lưu ý*4,

    # General vocabulary: the words that surround the administrative terms
    sự*10, sự tham gia*3, sự thay đổi*2, sự phối hợp*3, sự lãnh đạo*3, sự chỉ đạo*3, sự nghiệp*4, sự kiện*4, sự cố*3,
    thực sự*3, loại*6, các loại*3, phân loại*4, thể loại*3, loại hình*4, kỳ*6, kỳ họp*4, kỳ thi*4, thời kỳ*4, giữa kỳ*3,
    cuối kỳ*3, học kỳ*3, nhiệm kỳ*3, kỳ vọng*2, do*14, do đó*4, thi*6, tổ chức thi*3, kỳ thi tốt nghiệp*2, thi tuyển*3,
    xét tuyển*3, tuyển dụng*4, tuyển sinh*3, tốt nghiệp*4, trung học phổ thông*3, trung học cơ sở*3, tiểu học*3, mầm non*3,
    phổ thông*4, phổ cập*2, học sinh sinh viên*2, sinh viên*3, đại học*4, cao đẳng*3, trung cấp*2, nghề nghiệp*3,
    chuyên*4, chuyên ngành*4, chuyên đề*4, chuyên trách*3, chuyên gia*3, chuyên sâu*2, thiếu*5, thiếu nước*3, thiếu hụt*3,
    độ*4, chế độ*6, mức độ*4, trình độ*4, nhiệt độ*2, tốc độ*3, thái độ*2, chỉ số*4, chỉ đạo điều hành*4, thị*4,
    thị trường*4, đô thị*4, thị xã*4, thông tin*8, truyền thông*4, phương tiện*4, phương thức*4, phương pháp*4, phương hướng*3,
    đường*6, đường bộ*3, đường giao thông*3, tuyến đường*3, con đường*2, mới*8, đổi mới*4, mới nhất*2, hiện đại*4,
    động*4, tác động*4, chủ động*6, lao động*6, vận động*4, cơ động*2, sinh động*2, hành động*5, biến động*3, chuyển động*2,
    đông*3, đông người*2, mùa đông*2, phía đông*2, đồng*6, đồng bộ*4, đồng ý*3, đồng thời*5, đồng chí*6, cộng đồng*5,
    hội đồng*6, đồng bằng*3, phòng*8, phòng ngừa*3, phòng chống*5, văn phòng*6, phòng họp*2, phong*3, phong trào*5,
    gọi*3, kêu gọi*3, triệu tập*2, mời*4, giấy mời*3, cửa*3, cửa khẩu*3, cửa hàng*2, trú*3, cư trú*3, tạm trú*2, thường trú*2,
    bán*4, mua bán*3, bán hàng*2, thẩm*3, thẩm quyền*6, có thẩm quyền*3, thẩm định*5, thẩm tra*3, thu*6, thu hồi*4, thu thập*3,
    thu ngân sách*3, thu nhập*3, thu hút*3, quá*4, quá trình*5, quá hạn*3, quá tải*2, phân*4, phân cấp*4, phân quyền*4,
    phân công*5, phân tích*4, phân bổ*3, diện*4, diện tích*4, toàn diện*4, đại diện*4, đối diện*2, chi*5, chi trả*3,
    chi tiết*4, chi phí*4, chi tiêu*3, khô*2, khô hạn*2, hè*2, mùa hè*2, vi*3, vi phạm*6, phạm vi*5, hành vi*3,
    thứ*4, thứ tự*3, tự*6, tự chủ*3, tự động*3, tự nguyện*2, tự quản*2, tự giác*2, trật tự*4, hộ*4, hộ gia đình*4,
    hộ dân*3, hỗ trợ*8, bảo hộ*2, cộng*3, cộng đồng*5, cộng sản*4, cộng tác*3, thải*3, chất thải*4, rác thải*3, xả thải*2,
    cập*3, cập nhật*5, đề cập*3, tiếp cận*3, cận*3, lân cận*2, mùa*3, mùa vụ*3, mùa mưa*3, mùa khô*2, vì*5, vì vậy*4,
    thiện*3, hoàn thiện*5, cải thiện*4, thân thiện*2, tên*4, tên gọi*3, họ tên*3, lê*2, trọng*3, tôn trọng*3, chú trọng*4,
    coi trọng*3, thận trọng*2, độc*3, độc lập*3, độc hại*2, cao*6, nâng cao*8, cao điểm*3, cao nhất*3, cấp cao*2,
    thức*4, chính thức*4, hình thức*6, nhận thức*4, kiến thức*3, tri thức*2, ý thức*4, phương thức*3, cận*2, quý*4, quý báu*2,
    chứa*3, chứa chấp*2, tái*3, tái định cư*3, tái cơ cấu*3, tái sử dụng*2, mỗi*6, này*8, lĩnh vực*8, đập*3, hồ đập*3,
    đưa*5, đưa vào*4, đưa ra*3, danh*4, danh sách*5, danh mục*5, danh hiệu*4, danh dự*2, cổng*3, bền vững*5, bền*3,
    tích*4, tích cực*5, diện tích*4, tích hợp*4, biện pháp*6, biện*3, diễn*3, diễn ra*4, diễn biến*4, diễn đàn*3,
    tiền*4, tiền lương*3, tiền mặt*2, tư*5, tư vấn*4, tư tưởng*4, tư pháp*4, tư nhân*3, kinh tế tư nhân*3, đầu tư*8,
    đẩy*3, thúc đẩy*5, hán*2, hạn*6, thời hạn*6, hạn chế*5, gia hạn*3, kiếm*2, tìm kiếm*3, vật*3, vật tư*3, vật chất*3,
    nhật*3, nhất*6, thống nhất*5, duy nhất*2, chặt chẽ*5, chặt*3, đi*4, đi lại*3, lào*2, tặng*3, tặng thưởng*3, khóa*4,
    toán*3, quyết toán*4, thanh toán*4, kế toán*3, dự toán*4, tính*5, tính toán*3, tính chất*3, tình*4, tình hình*8,
    a*4, đa*3, đa dạng*4, tối đa*3, cố*3, củng cố*4, cố gắng*3, sự cố*3, đề*5, vấn đề*6, chủ đề*3, đề án*4,
    y*3, ý*4, ý kiến*8, tâm*4, quan tâm*6, trung tâm*6, yên tâm*2, tâm lý*2, trọng tâm*4, an tâm*2, bàn*4, bàn giao*3,
    thảo*3, dự thảo*5, hội thảo*3, soạn thảo*3, biên soạn*2, nghệ thuật*3, văn nghệ*3, thể thao*4, thể dục*3, giải*4,
    giải thưởng*3, giải pháp*8, giải quyết*8, giải ngân*4, giải thể*3, giải trình*3, chương*4, huân chương*3, huy chương*2,
    bằng khen*4, giấy khen*3, khen*3, khen ngợi*2,
    # Names of people, written as names
    Nguyễn*8, Trần*5, Lê*5, Phạm*4, Hoàng*4, Huỳnh*2, Phan*3, Vũ*3, Võ*2, Đặng*2, Bùi*2, Đỗ*2, Hồ*3, Ngô*2, Dương*2, Lý*2,
    Đinh*2, Đoàn*2, Lương*2, Trịnh*2, Mai*2, Tạ*1, Triệu*1, Hà*3, Lưu*1, Cao*2, Đào*2, Văn*6, Thị*5, Hữu*3, Đức*4, Công*3,
    Quốc*3, Xuân*3, Minh*4, Quang*4, Hùng*3, Dũng*3, Tuấn*3, Hương*3, Ngọc*3, Thanh*4, Hải*3, Lan*2, Phương*3, Hạnh*2,
    Thành*4, Trung*3, Việt*3, Nam*3, Sơn*3, Long*3, Phú*2, An*3, Hòa*3, Bình*3, Tân*2, Phúc*2, Lộc*2, Thọ*2, Khánh*2,
    Vinh*2, Tiến*3, Huy*3, Hưng*3, Cường*3, Thắng*2, Thủy*2, Hiền*2, Hiếu*2, Trí*2, Tâm*2, Tùng*2, Kiên*2, Chính*2,
    Phong*2, Hiệp*2, Nhân*3, Thiện*2, Sinh*2, Tấn*2, Vượng*2, Vương*2, Chinh*2, Hồng*3, Thu*2, Thúy*2, Yến*2, Nga*2,
    Linh*2, Loan*2, Dung*2, Hoa*2, Huệ*2, Cúc*1, Đào*2, Bảo*2, Khoa*2, Đạt*2, Thịnh*2, Quyết*2, Toàn*2, Thông*2, Lâm*2,
    Trọng*3, Tú*2, Tuệ*1, Vĩnh*2, Hậu*2, Ngân*2, Châu*2, Khôi*1, Lực*1, Mạnh*2, Nghĩa*2, Tài*2, Tín*1, Duy*2, Thái*2,
    tiến độ*5, tiến bộ*2, tiến hành*5, tiến tới*2, cải tiến*2, xúc tiến*3, chiến lược*4, chiến dịch*3, kiến*3, kiến nghị*5,
    kiến thức*3, sáng kiến*3, dự kiến*5, điều kiện*6, kiện toàn*4, sự kiện*4, văn kiện*3, đại hội*6, đại biểu*4, đại học*3,
    đại dịch*3, đại diện*4, to lớn*2, lớn*5, nhỏ*4, vừa*4, vừa và nhỏ*2, rộng*3, rộng rãi*4, sâu*4, sâu rộng*3, sâu sắc*3,
    nhanh*4, nhanh chóng*4, chậm*4, chậm trễ*3, kịp*3, đúng*5, sai*3, sai phạm*3, sai sót*3, tốt*5, xấu*2, mạnh*4, yếu*3,
    khó*4, dễ*3, lợi*3, có lợi*2, bất lợi*2, lợi thế*3, tiềm năng*3, thế mạnh*3, cơ hội*4, thách thức*4, nguy cơ*4,
    rủi ro*3, hậu quả*3, ảnh hưởng*5, tác hại*2, thiệt hại*4, tổn thất*2, an toàn*6, nguy hiểm*3, khẩn*3, cấp cứu*2,
    nước*6, nước sạch*3, nguồn nước*3, điện*4, năng lượng*3, xăng dầu*2, lương thực*3, thực phẩm*4, an toàn thực phẩm*3,
    nhà*4, nhà nước*6, nhà máy*3, nhà văn hóa*3, xe*3, phương tiện giao thông*2, tàu*2, máy*3, thiết bị*4, trang thiết bị*3,
    cơ sở vật chất*3, trang bị*3, hệ thống điện*2, mạng*3, mạng lưới*3, internet*1, máy tính*2, điện thoại*3, tài khoản*3,
    người dùng*2, định danh*3, định danh điện tử*3, căn cước*3, căn cước công dân*2, công dân*4, dân cư*4, dân số*3,
    hộ tịch*3, đất ở*2, sổ đỏ*1, giấy chứng nhận*4, chứng nhận*3, chứng chỉ*3, chứng từ*3, hóa đơn*3, hợp đồng*4,
    giấy phép*4, đăng ký*6, đăng ký kinh doanh*3, thành lập doanh nghiệp*2, cổ phần*2, công ty*4, tập đoàn*3, hợp tác xã*3,
    nông dân*3, ngư dân*2, công nhân*3, trí thức*2, nghệ sĩ*2, văn nghệ sĩ*2, doanh nhân*2, người nước ngoài*2, khách*3,
    du khách*3, khách du lịch*2, du lịch*4, điểm đến*2, di sản*3, bảo tàng*2, thư viện*2, sách*3, báo*4, tạp chí*2,
    đài*3, truyền hình*3, phát thanh*3, bài viết*2, tin bài*2, chuyên mục*3, chuyên trang*2, ấn phẩm*2, tài liệu*5,
    học liệu*2, giáo trình*2, chương trình giáo dục*2, sách giáo khoa*2, bài học*2, kinh nghiệm*4, bài học kinh nghiệm*3,
    mô hình*5, mô hình mới*2, cách làm*3, cách làm hay*2, sáng tạo*4, hiệu quả cao*2, ưu tiên*5, ưu điểm*3, nhược điểm*3,
    trọng yếu*2, then chốt*3, chủ chốt*3, nòng cốt*3, cốt lõi*2, đột phá*4, khâu đột phá*2, bứt phá*2, vượt bậc*2,
    phát hiện*4, phát sinh*4, phát động*3, phát biểu*3, phát huy*4, phát hành*3, xuất phát*2, bộc phát*1, bùng phát*2,
    xuất hiện*3, xuất bản*2, xuất sắc*4, sản xuất*6, đề xuất*6, xuất khẩu*3, kiểm soát*5, kiểm định*3, kiểm kê*2,
    kiểm điểm*3, kiểm toán*3, kiểm tra*10, tự kiểm tra*2, kiểm tra giám sát*4, giám sát*6, giám định*2, giám đốc*6,
    ban*8, bàn*3, bản*5, văn bản*10, bản đồ*2, cơ bản*4, căn bản*2, bản thân*3, bản chất*2, bản sắc*2, bản lĩnh*2,
    sử*4, lịch sử*3, sử dụng*10, ngôn ngữ*2, tiếng Việt*3, chữ*3, chữ viết*2, con số*3, số liệu*5, số lượng*5, số hóa*4,
    số điện thoại*2, chuyển đổi số*6, kinh tế số*3, xã hội số*3, công dân số*2, nền tảng số*3, nền tảng*4, dữ liệu số*2,

    # More of everyday written Vietnamese
    còn*12, còn lại*3, vẫn còn*3, con*4, con người*4, con em*2, con số*3, qua*14, thông qua*5, vừa qua*4, trải qua*2,
    quả*4, hiệu quả*10, kết quả*12, hậu quả*3, phần*10, phần lớn*3, một phần*3, các phần*2, cổ phần*2, thành phần*5,
    bộ phận*5, phân*4, cửa*4, tại*24, chi*6, thứ*5, phế liệu*3, cục*4, tắt*3, viết tắt*3, tóm tắt*3, chung*8, nói chung*3,
    chung cư*2, hè*2, đông*3, vì*6, loài*2, lê*2, bà con*3, nhu cầu*5, quý*4, hồ*3, hồ chứa*3, hồ sơ*10, độc*2,
    đất*6, đất đai*4, sử dụng đất*3, chỉnh*3, điều chỉnh*6, chỉnh sửa*3, chỉnh trang*3, chấn chỉnh*3, cổng*3,
    cổng thông tin*3, thủ*4, thủ công*2, thủ đô*2, thủ tục*5, dư*3, dư luận*3, dư thừa*2, bản*5, trọng*3, hán*1,
    trở*4, trở lên*4, trở thành*3, trở lại*3, nếu*6, thăm*3, thăm hỏi*3, lào*1, thúc*3, kết thúc*4, thúc đẩy*5,
    tình*4, tình huống*3, tính*6, khóa*4, khóa học*2, đợt*5, chứa*3, vắc xin*3, phụ*4, phụ trách*5, phụ huynh*2,
    phụ cấp*3, cùng*8, cùng với*4, rùa*1, lợn*3, lợn con*1, thế*4, thế giới*4, thế hệ*3, biển*4, biển báo*3, biển đảo*2,
    vũ*2, vũ khí*2, họp*6, bên*5, các bên*3, bên cạnh*3, trồng*3, trồng rừng*2, trồng cây*2, bố*3, công bố*4, phân bố*2,
    diễn*3, tầm*4, tầm nhìn*3, thú*2, thú y*3, đủ*5, đầy đủ*6, vỉa hè*2, tái*3, tấn*3, hữu*3, hữu quan*2, hữu ích*2,
    mừng*3, chúc mừng*3, gặp*3, gặp gỡ*2, gặp khó khăn*3, giảm*6, cắt giảm*3, giảm thiểu*3, đội*4, đội ngũ*5, đội tuyển*1,
    kiên*3, kiên quyết*4, kiên trì*2, bình*4, bình thường*3, bình đẳng*3, trung bình*3, hòa bình*2, bình quân*3,
    tiền*4, hương*2, mở*5, mở rộng*4, mở cửa*2, chiếm*3, đáp*3, đáp ứng*6, dẫn*4, dẫn đầu*2, hướng dẫn*8, hàng*5,
    hàng năm*3, hàng hóa*4, hàng đầu*3, mặt hàng*2, viết*3, tĩnh*2, hạng*3, xếp hạng*3, mỗi*6, bò*2, trâu bò*2,
    đình*3, gia đình*4, đình chỉ*2, thương*3, thương mại*4, thương binh*3, thương hiệu*2, dài*4, lâu dài*3, kéo dài*3,
    chỗ*3, chỗ ở*2, sẵn*3, sẵn sàng*4, xảy*3, xảy ra*5, khả*3, khả năng*5, đúng*6, biến*3, biến động*3, cạnh*3,
    cạnh tranh*4, chúng*3, chúng ta*3, đỗ*2, ổ*2, ổ dịch*3, tượng*3, đối tượng*6, hiện tượng*3, cao*6, năm*6, dôi dư*3,
    chân*3, chân thành*2, ca*3, ca bệnh*3, so*4, so sánh*3, trả*3, chi trả*3, trả lời*3, quân*3, quân đội*3, quân sự*3,
    đàn*3, đàn gia súc*2, đàn lợn*2, phận*3, số phận*1, thư*4, thư ký*3, cây*3, cây trồng*3, lớp*3, lớp học*2,
    trường*6, nhà trường*3, môi trường*8, hiện trường*2, gắn*4, gắn với*4, gắn kết*3, vẫn*6, ô*2, ô nhiễm*4,
    trương*2, chủ trương*5, tháo*3, tháo gỡ*4, dùng*4, người dùng*3, sử dụng*10, dũng*2, vàng*3, cờ*2, thào*1,
    sùng*1, hùng*2, ngày*40, kẻ*2, giá*6, giá trị*5, đánh giá*10, giá cả*3, trữ*3, dự trữ*3, lưu trữ*4, lan*3,
    lan rộng*2, lây lan*3, hưởng*4, thụ hưởng*2, hưởng ứng*3, ảnh hưởng*5, thứ tự*3, cai*2, cai nghiện*2, bởi*3,
    mức*5, mức độ*4, mức sống*2, cộng*3, quần*3, quần chúng*3, phúc*3, phúc lợi*3, hạnh phúc*3, trịnh*1, hủy*3,
    hủy bỏ*3, tiêu hủy*3, nhận*8, khí*3, không khí*3, khí hậu*3, khí thải*2, lúa*3, tay*3, bàn tay*1, tật*2, khuyết tật*3,
    an*4, gom*2, thu gom*3, thấp*3, lò*2, lò đốt*2, đấu*3, đấu tranh*3, đấu thầu*3, đấu giá*3, miễn*3, miễn phí*3,
    miễn giảm*2, lòng*3, hài lòng*3, lấn*2, lấn chiếm*3, quà*2, quà tặng*2, đọng*2, tồn đọng*3, ứ đọng*2, cảng*3,
    cảng biển*2, tặng*3, trao tặng*3, buộc*3, bắt buộc*4, ràng buộc*2, ngũ*3, đội ngũ*5, ổn*3, ổn định*6, cả*6,
    tất cả*4, cả nước*3, đức*3, đạo đức*3, thành*6, hoàn thành*10, thành công*4, thành tích*4, thành lập*6, miệng*2,
    nhóm*4, nhóm họp*2, ăn*3, ăn uống*2, dứt*3, dứt điểm*4, chấm dứt*3, rắn*2, trâu*2, tịch*3, quốc tịch*2, hộ tịch*3,
    gây*4, gây ra*3, gây ô nhiễm*2, ta*3, lương*4, tiền lương*3, sắm*2, mua sắm*3, tam*2, chuyến*3, chuyến công tác*2,
    bến*2, bến xe*1, châm*2, phương châm*3, bão*4, mưa bão*3, huống*2, tình huống*3, trị*4, chính trị*6, giá trị*5,
    quản trị*3, điều trị*3, trị an*2, đoạn*4, giai đoạn*8, công đoạn*2, gián đoạn*2, đăng*3, đăng tải*3, đăng tin*2,
    tải*2, tải về*2, tải lên*2, truy cập*3, đường dẫn*2, trang web*2, mạng xã hội*3, nhắn tin*2, tin nhắn*2,
    """

    /// Abbreviations whose "Đ" a stripped or OCR copy lost ("QD-UBND", "HDND"): restored inside codes too.
    static let acronyms = ["PGĐ", "ĐVHC", "LĐTBXH", "LĐ", "QĐ", "NĐ", "HĐND", "HĐ", "ĐU", "ĐTN", "TWĐTN", "BGDĐT", "GDĐT", "SGDĐT", "ĐBQH", "ĐBSCL", "CĐS",
                           "KHĐT", "SKHĐT", "BCĐ", "TTĐT", "QLĐT", "ĐT", "ĐKKD", "VPĐK", "ĐTXD", "BQLDA", "TĐKT", "TTĐ", "HĐTĐKT",
                           "QyĐ", "HĐQT", "ĐH", "CĐ", "TCĐ", "KTĐ", "CNĐKQSDĐ", "QSDĐ"]

    /// The phrases with their weights, each as its NFC syllables (a capital kept: names of bodies
    /// and places teach which syllables are written with one).
    static func phrases() -> [([[Unicode.Scalar]], Float)] {
        // Split scalar by scalar: by Characters (grapheme breaking), Substrings and Strings this
        // took a quarter of a one-file run on OCR text. (The Swift source is NFC, as its words.)
        var result: [([[Unicode.Scalar]], Float)] = []
        result.reserveCapacity(3000)
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        var weight: [Unicode.Scalar]?  // the digits after "*"
        var comment = false
        var lineStart = true
        func endWord() { if !word.isEmpty { words.append(word); word.removeAll(keepingCapacity: true) } }
        func endItem() {
            endWord()
            let value = weight.flatMap { Float(String(String.UnicodeScalarView($0))) } ?? 1
            if !words.isEmpty { result.append((words, weight == nil ? 1 : value)) }
            words.removeAll(keepingCapacity: true)
            weight = nil
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !comment { endItem() }
                comment = false; lineStart = true; words.removeAll(); word.removeAll(); weight = nil
                continue
            case _ where comment:
                continue
            case "#" where lineStart:
                comment = true
            case ",":
                endItem()
            case "*":
                endWord(); weight = []
            case " ":
                endWord()
            default:
                if weight != nil { weight!.append(scalar) } else { word.append(scalar) }
            }
            if scalar != " " { lineStart = false }
        }
        if !comment { endItem() }
        return result
    }
}
